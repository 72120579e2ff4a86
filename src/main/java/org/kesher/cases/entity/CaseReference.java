package org.kesher.cases.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The printed, spoken reference of a case, {@code KS-2026-004817}: not a secret, and not enough to
 * open the case without the tracking code.
 */
public record CaseReference(int year, long number) {

  private static final Pattern FORMAT = Pattern.compile("KS-(\\d{4})-(\\d{6,9})");

  public CaseReference {
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("a reference year has four digits");
    }
    if (number < 1 || number > 999_999_999L) {
      throw new IllegalArgumentException("a reference number is from 1 to 999999999");
    }
  }

  /** Reads a reference as a resident types it: case and surrounding spaces do not matter. */
  public static Optional<CaseReference> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    var m = FORMAT.matcher(text.strip().toUpperCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    long number = Long.parseLong(m.group(2));
    // well-formed but impossible (KS-1999-000001, KS-2026-000000): no such case, not an error
    if (year < 2000 || number < 1) {
      return Optional.empty();
    }
    return Optional.of(new CaseReference(year, number));
  }

  @Override
  public String toString() {
    return String.format("KS-%04d-%06d", year, number);
  }
}
