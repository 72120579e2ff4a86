package org.kesher.access.control;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A staff member's email address as an administrator types it: trimmed and lower-cased in its
 * domain; empty means none. Refuses anything that is not one plain address with a dotted domain (no
 * display name, no spaces, no list), under the message key {@value #INVALID}.
 */
public final class StaffEmail {

  /** The staff text that explains the refusal. */
  public static final String INVALID = "account.emailInvalid";

  private static final Pattern ADDRESS =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

  private StaffEmail() {}

  /**
   * @return the address to store, or empty when none was given
   * @throws IllegalArgumentException with the message key {@value #INVALID}
   */
  public static Optional<String> parse(String typed) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    String address = typed.strip();
    if (address.length() > 250 || !ADDRESS.matcher(address).matches()) {
      throw new IllegalArgumentException(INVALID);
    }
    int at = address.lastIndexOf('@');
    return Optional.of(address.substring(0, at + 1) + address.substring(at + 1).toLowerCase());
  }
}
