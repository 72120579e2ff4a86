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
    return Optional.of(new CaseReference(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2))));
  }

  @Override
  public String toString() {
    return String.format("KS-%04d-%06d", year, number);
  }
}
