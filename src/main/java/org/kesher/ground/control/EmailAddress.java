package org.kesher.ground.control;

import java.util.regex.Pattern;

/**
 * Whether a typed email address is plausible: one address, no spaces, a local part of at most 64
 * characters and a dotted domain, at most 254 characters in all. Whether it exists only a mail
 * server can tell; staff accounts check more strictly ({@code StaffEmail}).
 */
public final class EmailAddress {

  private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

  private EmailAddress() {}

  public static boolean isPlausible(String address) {
    return address != null && address.length() <= 254 && PLAUSIBLE.matcher(address).matches();
  }
}
