package org.kesher.cases.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The secret a resident gets once, with which reference plus code open the tracking page. Sixteen
 * characters from an alphabet without look-alikes (80 bits of chance), shown in groups of four.
 *
 * <p>Stored only as a salted SHA-256 hash. With 80 random bits an attacker cannot guess the code
 * offline, so a slow password hash would add nothing but cost on every intake; wrong guesses online
 * are throttled by the tracking page.
 */
public final class TrackingCode {

  private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
  private static final int LENGTH = 16;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SCHEME = "sha256";

  private TrackingCode() {}

  /** A new code, as the resident sees it: {@code ABCD-EFGH-JKMN-PQRS}. */
  /** A code as {@link #generate()} writes it, standing in a text. */
  private static final java.util.regex.Pattern IN_TEXT =
      java.util.regex.Pattern.compile("\\b[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}\\b");

  /** The text with anything shaped like a tracking code blanked out. */
  public static String blankedIn(String text) {
    return IN_TEXT.matcher(text).replaceAll("####-####-####-####");
  }

  public static String generate() {
    var code = new StringBuilder(LENGTH + 3);
    for (int i = 0; i < LENGTH; i++) {
      if (i > 0 && i % 4 == 0) {
        code.append('-');
      }
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return code.toString();
  }

  /** The salted hash to store: {@code sha256:<salt>:<hash>}, both Base64. */
  public static String hash(String code) {
    byte[] salt = new byte[16];
    RANDOM.nextBytes(salt);
    return SCHEME
        + ":"
        + Base64.getEncoder().encodeToString(salt)
        + ":"
        + Base64.getEncoder().encodeToString(digest(salt, normalise(code)));
  }

  /** Whether {@code code} is the one behind {@code stored}, compared in constant time. */
  public static boolean matches(String code, String stored) {
    if (code == null || stored == null) {
      return false;
    }
    String[] parts = stored.split(":");
    if (parts.length != 3 || !SCHEME.equals(parts[0])) {
      return false;
    }
    byte[] salt = Base64.getDecoder().decode(parts[1]);
    byte[] expected = Base64.getDecoder().decode(parts[2]);
    return MessageDigest.isEqual(expected, digest(salt, normalise(code)));
  }

  /** Residents may type the code in lower case, with or without the dashes and spaces. */
  static String normalise(String code) {
    return code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
  }

  private static byte[] digest(byte[] salt, String code) {
    try {
      var sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt);
      return sha.digest(code.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
