package org.kesher.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kesher.access.control.SecondFactorPolicy.Level;

class SecondFactorTest {

  private static final String SECRET = SecondFactor.newSecret();
  private static final long NOW = 1_796_000_000L;
  private final SecondFactor factor = new SecondFactor(() -> NOW);
  private final long step = NOW / 30;

  @Test
  void theCodeOfNowAndOfOneStepEitherWayIsTaken() {
    assertEquals(OptionalLong.of(step), factor.accept(SECRET, factor.codeAt(SECRET, step), null));
    assertEquals(
        OptionalLong.of(step - 1), factor.accept(SECRET, factor.codeAt(SECRET, step - 1), null));
    assertEquals(
        OptionalLong.of(step + 1), factor.accept(SECRET, factor.codeAt(SECRET, step + 1), null));
    String spaced = factor.codeAt(SECRET, step).replaceAll("(...)(...)", "$1 $2");
    assertEquals(OptionalLong.of(step), factor.accept(SECRET, spaced, null));
  }

  @Test
  void anOldCodeAWrongOneAndAUsedOneAreRefused() {
    assertEquals(
        OptionalLong.empty(), factor.accept(SECRET, factor.codeAt(SECRET, step - 2), null));
    String right = factor.codeAt(SECRET, step);
    String wrong = String.format("%06d", (Integer.parseInt(right) + 1) % 1_000_000);
    assertEquals(OptionalLong.empty(), factor.accept(SECRET, wrong, null));
    assertEquals(OptionalLong.empty(), factor.accept(SECRET, "abcdef", null));
    assertEquals(OptionalLong.empty(), factor.accept(SECRET, null, null));
    assertEquals(OptionalLong.empty(), factor.accept(SECRET, right, step), "each step once");
    assertEquals(
        OptionalLong.empty(),
        factor.accept(SECRET, factor.codeAt(SECRET, step - 1), step),
        "nor one before the last used");
    assertEquals(
        OptionalLong.empty(),
        factor.accept(SecondFactor.newSecret(), right, null),
        "another account's secret");
  }

  @Test
  void theSecretIsShownAsAQrCodeImage() {
    String image = SecondFactor.qrCode(SECRET, "dana.levi");
    assertTrue(image.startsWith("data:image/png;base64,"), image.substring(0, 40));
    assertTrue(image.length() > 500);
    assertTrue(SECRET.matches("[A-Z2-7]{32}"), SECRET);
  }

  @Test
  void tenDifferentRecoveryCodesAreKeptAsHashesHoweverTyped() {
    List<String> codes = List.of(SecondFactor.newRecoveryCodes());
    assertEquals(10, codes.size());
    assertEquals(10, Set.copyOf(codes).size());
    String code = codes.get(0);
    String hash = SecondFactor.hashRecoveryCode(code);
    assertEquals(64, hash.length());
    assertTrue(!hash.contains(code.replace("-", "")));
    assertEquals(hash, SecondFactor.hashRecoveryCode(" " + code.toUpperCase() + " "));
    assertEquals(hash, SecondFactor.hashRecoveryCode(code.replace("-", "")));
    assertNotEquals(hash, SecondFactor.hashRecoveryCode(codes.get(1)));
  }

  @Test
  void administratorsAndUnitHeadsAreOfferedEnrolmentByDefault() {
    var policy = new SecondFactorPolicy(role -> Optional.empty());
    assertEquals(Level.OFFERED, policy.levelFor(List.of("STAFF", "ADMINISTRATOR")));
    assertEquals(Level.OFFERED, policy.levelFor(List.of("STAFF", "CASEWORKER", "UNIT_HEAD")));
    assertEquals(Level.OPTIONAL, policy.levelFor(List.of("STAFF", "CASEWORKER")));
  }

  @Test
  void aSettingPerRoleAndTheStrictestRoleWins() {
    Map<String, String> settings =
        Map.of("PRIVACY_OFFICER", "required", "ADMINISTRATOR", "OPTIONAL");
    var policy = new SecondFactorPolicy(role -> Optional.ofNullable(settings.get(role)));
    assertEquals(Level.OPTIONAL, policy.levelFor(List.of("ADMINISTRATOR")));
    assertEquals(Level.REQUIRED, policy.levelFor(List.of("ADMINISTRATOR", "PRIVACY_OFFICER")));
    assertEquals(Level.OFFERED, policy.levelFor(List.of("CASEWORKER", "UNIT_HEAD")));
  }
}
