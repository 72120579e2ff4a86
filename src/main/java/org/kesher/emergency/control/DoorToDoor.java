package org.kesher.emergency.control;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kesher.emergency.entity.Household;

/**
 * The order of a door-to-door round: by street (as a Hebrew reader sorts, case and spacing aside),
 * then by house number as a number ("2" before "10", "12" before "12א"), households without a
 * street last.
 */
public final class DoorToDoor implements Comparator<Household> {

  private static final Pattern NUMBER = Pattern.compile("\\s*(\\d+)\\s*(.*)");

  private final Collator streets = Collator.getInstance(Locale.forLanguageTag("he"));

  public DoorToDoor() {
    streets.setStrength(Collator.SECONDARY);
  }

  @Override
  public int compare(Household a, Household b) {
    int byStreet = compareStreets(a.street(), b.street());
    return byStreet != 0 ? byStreet : compareHouses(a.house(), b.house());
  }

  private int compareStreets(String a, String b) {
    if (blank(a) || blank(b)) {
      return Boolean.compare(blank(a), blank(b));
    }
    return streets.compare(a.strip().replaceAll("\\s+", " "), b.strip().replaceAll("\\s+", " "));
  }

  static int compareHouses(String a, String b) {
    if (blank(a) || blank(b)) {
      return Boolean.compare(blank(a), blank(b));
    }
    Matcher x = NUMBER.matcher(a);
    Matcher y = NUMBER.matcher(b);
    if (x.matches() && y.matches()) {
      int byNumber = Long.compare(number(x.group(1)), number(y.group(1)));
      return byNumber != 0 ? byNumber : x.group(2).strip().compareTo(y.group(2).strip());
    }
    return x.matches() != y.matches()
        ? Boolean.compare(!x.matches(), !y.matches())
        : a.compareTo(b);
  }

  private static long number(String digits) {
    return digits.length() > 12 ? Long.MAX_VALUE : Long.parseLong(digits);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
