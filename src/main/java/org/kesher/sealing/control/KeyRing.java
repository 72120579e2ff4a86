package org.kesher.sealing.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys that seal case content at rest: AES-256-GCM for the content, and HMAC-SHA256 for the
 * blind indexes that let staff find a requester by exact phone, email or name without decrypting.
 *
 * <p>A sealed value is {@code [key id][12-byte nonce][ciphertext and 16-byte tag]}. The key id lets
 * a key be rotated: new values use the newest key, old values stay readable.
 */
public final class KeyRing {

  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final SecureRandom RANDOM = new SecureRandom();

  private final TreeMap<Integer, SecretKeySpec> dataKeys;
  private final SecretKeySpec indexKey;

  /**
   * The key of the word index, derived from the index key (HMAC of a fixed label), so that a word's
   * hash is never equal to a requester index of the same text: another domain.
   */
  private final SecretKeySpec wordKey;

  /**
   * @param dataKeys AES keys of 32 bytes by key id (1 to 255); the highest id seals new values
   * @param indexKey HMAC key of 32 bytes or more
   */
  public KeyRing(Map<Integer, byte[]> dataKeys, byte[] indexKey) {
    if (dataKeys.isEmpty()) {
      throw new IllegalArgumentException("at least one data key is needed");
    }
    this.dataKeys = new TreeMap<>();
    dataKeys.forEach(
        (id, key) -> {
          if (id < 1 || id > 255) {
            throw new IllegalArgumentException("a key id is a number from 1 to 255");
          }
          if (key.length != 32) {
            throw new IllegalArgumentException("a data key is 32 bytes (256 bits)");
          }
          this.dataKeys.put(id, new SecretKeySpec(key, "AES"));
        });
    if (indexKey.length < 32) {
      throw new IllegalArgumentException("the index key is at least 32 bytes (256 bits)");
    }
    this.indexKey = new SecretKeySpec(indexKey, "HmacSHA256");
    this.wordKey = new SecretKeySpec(hmac(this.indexKey, WORD_KEY_LABEL), "HmacSHA256");
    this.wordMac = ThreadLocal.withInitial(() -> initialised(wordKey));
  }

  private static final String WORD_KEY_LABEL = "kesher word index v1";

  /** One initialised MAC per thread: a case has dozens of words, each hashed in turn. */
  private final ThreadLocal<Mac> wordMac;

  /** The id of the key that seals new values: the highest. */
  public int newestKeyId() {
    return dataKeys.lastKey();
  }

  /** The ids of every data key in the ring. */
  public java.util.Set<Integer> keyIds() {
    return java.util.Set.copyOf(dataKeys.keySet());
  }

  /** The id of the key a sealed value was sealed with (its first byte). */
  public static int keyIdOf(byte[] sealed) {
    return Byte.toUnsignedInt(sealed[0]);
  }

  /**
   * A fingerprint of the index key: a keyed hash of a fixed label, equal for the same key and
   * telling nothing of it; stored to notice that the indexes were computed with another key.
   */
  public String indexFingerprint() {
    return HexFormat.of().formatHex(hmac(indexKey, "kesher index key fingerprint v1"), 0, 16);
  }

  /** A fresh random key of 32 bytes, Base64-encoded, as the settings take it. */
  public static String newKey() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return Base64.getEncoder().encodeToString(key);
  }

  /** Seals a text as its UTF-8 bytes; {@code null} stays {@code null}. */
  public byte[] seal(String plain) {
    return plain == null ? null : sealBytes(plain.getBytes(StandardCharsets.UTF_8));
  }

  /** Opens a value sealed by {@link #seal(String)}; {@code null} stays {@code null}. */
  public String open(byte[] sealed) {
    byte[] plain = openBytes(sealed);
    return plain == null ? null : new String(plain, StandardCharsets.UTF_8);
  }

  /**
   * Seals any bytes, such as a file's content, with the newest key, in the same format as text;
   * {@code null} stays {@code null}.
   */
  public byte[] sealBytes(byte[] plain) {
    if (plain == null) {
      return null;
    }
    var newest = dataKeys.lastEntry();
    byte[] nonce = new byte[NONCE_BYTES];
    RANDOM.nextBytes(nonce);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, newest.getValue(), new GCMParameterSpec(TAG_BITS, nonce));
      // written in place behind the key id and nonce: a 10 MB file is not copied once more
      byte[] sealed = new byte[1 + NONCE_BYTES + cipher.getOutputSize(plain.length)];
      sealed[0] = (byte) newest.getKey().intValue();
      System.arraycopy(nonce, 0, sealed, 1, NONCE_BYTES);
      int written = cipher.doFinal(plain, 0, plain.length, sealed, 1 + NONCE_BYTES);
      return written == sealed.length - 1 - NONCE_BYTES
          ? sealed
          : Arrays.copyOf(sealed, 1 + NONCE_BYTES + written);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("sealing failed", e);
    }
  }

  /**
   * Opens a value sealed by {@link #sealBytes} or {@link #seal(String)} with the key its first byte
   * names; {@code null} stays {@code null}.
   *
   * @throws SealingException when the key is not configured or the value was damaged
   */
  public byte[] openBytes(byte[] sealed) {
    if (sealed == null) {
      return null;
    }
    if (sealed.length < 1 + NONCE_BYTES + TAG_BITS / 8) {
      throw new SealingException("a sealed value is too short");
    }
    int keyId = Byte.toUnsignedInt(sealed[0]);
    SecretKeySpec key = dataKeys.get(keyId);
    if (key == null) {
      throw new SealingException("sealed with key " + keyId + ", which is not configured");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(
          Cipher.DECRYPT_MODE,
          key,
          new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 1, 1 + NONCE_BYTES)));
      return cipher.doFinal(sealed, 1 + NONCE_BYTES, sealed.length - 1 - NONCE_BYTES);
    } catch (GeneralSecurityException e) {
      throw new SealingException("a sealed value does not open with key " + keyId);
    }
  }

  /**
   * The blind index of an already normalised value: a keyed hash, equal for equal values, that
   * reveals nothing without the index key.
   */
  public String blindIndex(String normalised) {
    if (normalised == null || normalised.isEmpty()) {
      return null;
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(indexKey);
      return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("blind index failed", e);
    }
  }

  /**
   * The blind index of one normalised word ({@link SearchWords}): the first 8 bytes of its
   * HMAC-SHA256 under the word key, as a number. Two words share a hash with a chance of about one
   * in 2^64 per pair; such a pair would only make a search find more, never less.
   */
  public long wordIndex(String normalisedWord) {
    byte[] mac = wordMac.get().doFinal(normalisedWord.getBytes(StandardCharsets.UTF_8));
    long value = 0;
    for (int i = 0; i < 8; i++) {
      value = (value << 8) | (mac[i] & 0xff);
    }
    return value;
  }

  private static Mac initialised(SecretKeySpec key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("word index failed", e);
    }
  }

  private static byte[] hmac(SecretKeySpec key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("blind index failed", e);
    }
  }
}
