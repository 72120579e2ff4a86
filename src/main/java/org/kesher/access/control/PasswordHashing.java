package org.kesher.access.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * Staff password hashes: Jakarta Security's PBKDF2 with HMAC-SHA256 at OWASP's 600,000 iterations
 * (the Jakarta default of 2,048 is far too low), a 32-byte salt and a 32-byte key.
 */
@ApplicationScoped
public class PasswordHashing {

  public static final int ITERATIONS = 600_000;

  /** The parameters, as the identity store definition takes them too. */
  public static final Map<String, String> PARAMETERS =
      Map.of(
          "Pbkdf2PasswordHash.Iterations", String.valueOf(ITERATIONS),
          "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
          "Pbkdf2PasswordHash.SaltSizeBytes", "32",
          "Pbkdf2PasswordHash.KeySizeBytes", "32");

  @Inject Pbkdf2PasswordHash hash;

  @PostConstruct
  void configure() {
    hash.initialize(PARAMETERS);
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean verify(String password, String stored) {
    try {
      return hash.verify(password.toCharArray(), stored);
    } catch (RuntimeException unreadable) {
      return false;
    }
  }

  /**
   * Whether a stored hash was made with weaker parameters than today's (fewer iterations, another
   * algorithm), so that it is replaced at the next successful login. The stored form is {@code
   * algorithm:iterations:salt:hash}.
   */
  public static boolean isOutdated(String stored) {
    String[] parts = stored.split(":");
    if (parts.length != 4) {
      return true;
    }
    try {
      return !parts[0].equals(PARAMETERS.get("Pbkdf2PasswordHash.Algorithm"))
          || Integer.parseInt(parts[1]) < ITERATIONS;
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
