package org.kesher.sealing.control;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The forms of a requester's contact details that blind indexes are computed over, so that "
 * 050-123 4567" and "+972501234567" find the same case.
 */
public final class Normalised {

  private Normalised() {}

  public static String email(String email) {
    return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
  }

  /** Digits only, with Israel's +972 / 972 prefix turned into the national leading 0. */
  public static String phone(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    if (phone.strip().startsWith("+972") || digits.startsWith("972") && digits.length() >= 11) {
      digits = "0" + digits.substring(3);
    }
    return digits;
  }

  /** Unicode-normalised, lower case, single spaces. */
  public static String name(String name) {
    if (name == null) {
      return null;
    }
    return Normalizer.normalize(name, Normalizer.Form.NFKC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
