package org.kesher.access.control;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.LongSupplier;

/**
 * The staff second factor, through dev.samstevens.totp: TOTP codes (RFC 6238: SHA-1, six digits,
 * thirty seconds, one step of clock drift either way), each time step accepted once; the secret for
 * an authenticator app as a QR code image (a data URI) and as text; and ten one-time recovery
 * codes, kept only as SHA-256 hashes (they are random, about 80 bits each: a slow hash adds
 * nothing).
 */
public final class SecondFactor {

  public static final int PERIOD_SECONDS = 30;
  public static final int DIGITS = 6;
  public static final int RECOVERY_CODES = 10;
  static final String ISSUER = "Kesher";

  private final LongSupplier epochSeconds;
  private final DefaultCodeGenerator codes =
      new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

  /** On the system clock. */
  public SecondFactor() {
    this(() -> System.currentTimeMillis() / 1000);
  }

  SecondFactor(LongSupplier epochSeconds) {
    this.epochSeconds = epochSeconds;
  }

  /** A new secret (160 bits, base32) for one account. */
  public static String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  /** The secret as a QR code an authenticator app reads: a PNG as a data URI. */
  public static String qrCode(String secret, String username) {
    var data =
        new QrData.Builder()
            .label(username)
            .secret(secret)
            .issuer(ISSUER)
            .algorithm(HashingAlgorithm.SHA1)
            .digits(DIGITS)
            .period(PERIOD_SECONDS)
            .build();
    var png = new ZxingPngQrGenerator();
    try {
      return Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
    } catch (QrGenerationException e) {
      throw new IllegalStateException("cannot draw the QR code", e);
    }
  }

  /** The time step of now. */
  public long currentStep() {
    return Math.floorDiv(epochSeconds.getAsLong(), PERIOD_SECONDS);
  }

  /** The code of a time step (for tests and for the enrolment check). */
  public String codeAt(String secret, long step) {
    try {
      return codes.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException("cannot compute a code", e);
    }
  }

  /**
   * @param lastStep the step of the last code this account used, or null
   * @return the time step of the typed code when it is right and newer than the last one used
   */
  public OptionalLong accept(String secret, String typed, Long lastStep) {
    if (secret == null || typed == null) {
      return OptionalLong.empty();
    }
    String code = typed.replaceAll("\\s", "");
    if (!code.matches("[0-9]{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long now = currentStep();
    for (long step = now - 1; step <= now + 1; step++) {
      if ((lastStep == null || step > lastStep)
          && MessageDigest.isEqual(
              codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
              code.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }

  /** Ten new recovery codes, to be shown once. */
  public static String[] newRecoveryCodes() {
    return new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES);
  }

  /** The stored form of a recovery code, however it is typed (case, dashes, spaces). */
  public static String hashRecoveryCode(String typed) {
    String normal = typed == null ? "" : typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
