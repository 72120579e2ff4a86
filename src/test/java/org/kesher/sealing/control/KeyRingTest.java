package org.kesher.sealing.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyRingTest {

  private static byte[] key() {
    return Base64.getDecoder().decode(KeyRing.newKey());
  }

  private final byte[] index = key();
  private final KeyRing ring = new KeyRing(Map.of(1, key()), index);

  @Test
  void sealsSoThatTheTextIsNotInTheStoredBytesAndOpensAgain() {
    String text = "שם הפונה: רות אברהם";
    byte[] sealed = ring.seal(text);
    assertFalse(new String(sealed, StandardCharsets.UTF_8).contains("רות"));
    assertEquals(text, ring.open(sealed));
    assertNotEquals(
        Base64.getEncoder().encodeToString(sealed),
        Base64.getEncoder().encodeToString(ring.seal(text)),
        "a fresh nonce every time");
    assertNull(ring.seal(null));
    assertNull(ring.open(null));
  }

  @Test
  void sealsBytesSoThatTheContentIsNotInTheStoredBytesAndOpensAgain() {
    byte[] file = new byte[10 * 1024 * 1024];
    byte[] marker =
        "%PDF-1.7 confidential statement of Ruth Avraham".getBytes(StandardCharsets.UTF_8);
    for (int at = 0; at + marker.length <= file.length; at += marker.length) {
      System.arraycopy(marker, 0, file, at, marker.length);
    }
    byte[] sealed = ring.sealBytes(file);
    assertEquals(1 + 12 + file.length + 16, sealed.length, "key id, nonce, ciphertext and tag");
    assertEquals(1, sealed[0], "the key id leads, as for text");
    assertEquals(-1, indexOf(sealed, Arrays.copyOf(marker, 8)), "no plaintext in the stored bytes");
    assertArrayEquals(file, ring.openBytes(sealed));
    assertNull(ring.sealBytes(null));
    assertNull(ring.openBytes(null));
    assertArrayEquals(new byte[0], ring.openBytes(ring.sealBytes(new byte[0])));

    // text and bytes share one format
    assertEquals("רות", ring.open(ring.sealBytes("רות".getBytes(StandardCharsets.UTF_8))));
    assertArrayEquals("רות".getBytes(StandardCharsets.UTF_8), ring.openBytes(ring.seal("רות")));

    sealed[sealed.length / 2] ^= 1;
    assertThrows(SealingException.class, () -> ring.openBytes(sealed));
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Test
  void aDamagedValueOrAWrongKeyIsRefused() {
    byte[] sealed = ring.seal("content");
    sealed[sealed.length - 1] ^= 1;
    assertThrows(SealingException.class, () -> ring.open(sealed));
    var other = new KeyRing(Map.of(1, key()), index);
    assertThrows(SealingException.class, () -> other.open(ring.seal("content")));
  }

  @Test
  void oldValuesStayReadableAfterAKeyIsAdded() {
    byte[] old = key();
    var before = new KeyRing(Map.of(1, old), index);
    byte[] sealedBefore = before.seal("before rotation");
    var after = new KeyRing(Map.of(1, old, 2, key()), index);
    assertEquals("before rotation", after.open(sealedBefore));
    assertEquals(2, after.seal("new")[0], "new values use the newest key");
  }

  @Test
  void blindIndexesMatchEqualValuesOnlyAndNeedTheKey() {
    assertEquals(ring.blindIndex("0501234567"), ring.blindIndex("0501234567"));
    assertNotEquals(ring.blindIndex("0501234567"), ring.blindIndex("0501234568"));
    var otherIndexKey = new KeyRing(Map.of(1, key()), key());
    assertNotEquals(ring.blindIndex("0501234567"), otherIndexKey.blindIndex("0501234567"));
    assertNull(ring.blindIndex(""));
  }

  @Test
  void normalisesContactsBeforeIndexing() {
    assertEquals(Normalised.phone("050-123 4567"), Normalised.phone("+972 50 123 4567"));
    assertEquals("0501234567", Normalised.phone("+972-50-1234567"));
    assertEquals("ruth@example.org", Normalised.email("  Ruth@Example.ORG "));
    assertEquals("רות אברהם", Normalised.name("  רות   אברהם "));
  }

  @Test
  void settingsAreCheckedWithALineNamingThem() {
    var missing =
        assertThrows(
            IllegalStateException.class,
            () -> SealingKeys.fromSettings(Optional.empty(), Optional.of(KeyRing.newKey())));
    assertTrue(missing.getMessage().startsWith("KESHER_DATA_KEY"), missing.getMessage());
    var short16 =
        assertThrows(
            IllegalStateException.class,
            () ->
                SealingKeys.fromSettings(
                    Optional.of(Base64.getEncoder().encodeToString(new byte[16])),
                    Optional.of(KeyRing.newKey())));
    assertTrue(short16.getMessage().contains("32 bytes"), short16.getMessage());
    byte[] first = key();
    byte[] second = key();
    var keys =
        SealingKeys.dataKeys(
            "1:"
                + Base64.getEncoder().encodeToString(first)
                + ", 2:"
                + Base64.getEncoder().encodeToString(second),
            "KESHER_DATA_KEY");
    assertArrayEquals(second, keys.get(2));
    assertTrue(keys.containsKey(1));
  }
}
