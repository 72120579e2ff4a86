package org.kesher.access.control;

import java.security.SecureRandom;

/** Passwords that Kesher makes up for new accounts, shown once to whoever sets the account up. */
public final class GeneratedPassword {

  private static final char[] ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private GeneratedPassword() {}

  /** 20 characters from 57: about 116 bits. */
  public static String create() {
    var password = new StringBuilder(20);
    for (int i = 0; i < 20; i++) {
      password.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    return password.toString();
  }
}
