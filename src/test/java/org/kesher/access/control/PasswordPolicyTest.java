package org.kesher.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

  private static final PasswordPolicy POLICY = PasswordPolicy.shipped();

  @Test
  void aLongUncommonPasswordIsAccepted() {
    assertEquals(List.of(), POLICY.problems("dana.levi", "Tulips-on-Herzl-street-71"));
  }

  @Test
  void fewerThanTwelveCharactersAreRefused() {
    assertEquals(List.of("password.tooShort"), POLICY.problems("dana.levi", "Kx9#mQ2!vL4"));
    assertEquals(List.of(), POLICY.problems("dana.levi", "Kx9#mQ2!vL4z"));
    assertEquals(List.of("password.tooShort"), POLICY.problems("dana.levi", ""));
  }

  @Test
  void theUsernameIsRefusedInAnyCaseAndBackwards() {
    assertEquals(
        List.of("password.username"), POLICY.problems("dana.levi", "DANA.LEVI-winter-2026"));
    assertEquals(
        List.of("password.username"), POLICY.problems("dana.levi", "ivel.anad-winter-2026"));
  }

  @Test
  void commonAndBreachedPasswordsAreRefusedInAnyCase() {
    for (String common : List.of("1qaz2wsx3edc", "password1234", "PASSWORD1234", "iloveyou1234")) {
      assertEquals(List.of("password.common"), POLICY.problems("dana.levi", common), common);
    }
  }

  @Test
  void theShippedListHoldsAtLeastTheHundredThousandMostCommonAndIsSearchedQuickly() {
    CommonPasswords list = CommonPasswords.shipped();
    assertTrue(list.entriesRead() >= 100_000, "entries: " + list.entriesRead());
    assertTrue(list.contains("1qaz2wsx3edc"));
    long start = System.nanoTime();
    for (int i = 0; i < 100_000; i++) {
      list.contains("not-on-any-list-" + i);
    }
    long micros = (System.nanoTime() - start) / 1_000 / 100_000;
    assertTrue(micros < 50, "a look-up takes " + micros + " µs");
  }

  @Test
  void aListKeepsOnlyWhatTheLengthRuleDoesNotRefuseAndIgnoresCase() throws Exception {
    var list =
        CommonPasswords.read(
            new ByteArrayInputStream(
                "short\nExactlyTwelve\nzzzzzzzzzzzzzz\n".getBytes(StandardCharsets.UTF_8)),
            12);
    assertEquals(3, list.entriesRead());
    assertTrue(list.contains("exactlytwelve"));
    assertTrue(list.contains("ZZZZZZZZZZZZZZ"));
    assertEquals(false, list.contains("short"));
    assertEquals(
        List.of("password.common"), new PasswordPolicy(list).problems("someone", "EXACTLYtwelve"));
  }
}
