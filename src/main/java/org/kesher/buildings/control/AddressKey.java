package org.kesher.buildings.control;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A building's address as residents write it ("רחוב הרצל 12א, חיפה", "12 Herzl St.", "شارع الجبل
 * 7") turned into a street and a house number, and into the key that finds the building again
 * whoever wrote it: the street without its "street" word, punctuation or case, the number with its
 * letter, and the locality. Pure, so that its rules are tested without a database.
 */
public final class AddressKey {

  /** A street and a house number, as written (trimmed). */
  public record Address(String street, String number) {}

  private static final Pattern NUMBER =
      Pattern.compile("(?<![\\p{L}\\d])(\\d{1,4}(?:\\s?[\\p{IsHebrew}a-zA-Z](?![\\p{L}]))?)");
  private static final Set<String> STREET_WORDS =
      Set.of(
          "רחוב", "רח", "שדרות", "שד", "דרך", "סמטת", "street", "st", "road", "rd", "avenue", "ave",
          "شارع", "ش");

  private AddressKey() {}

  /**
   * The street and number of a written address: the part before the first comma (the rest names the
   * town), its number the first number standing alone, its street the words around it.
   */
  public static Optional<Address> parse(String written) {
    if (written == null) {
      return Optional.empty();
    }
    String first = Normalizer.normalize(written, Normalizer.Form.NFKC).split("[,،]")[0].strip();
    Matcher number = NUMBER.matcher(first);
    if (!number.find()) {
      return Optional.empty();
    }
    String street =
        (first.substring(0, number.start()) + " " + first.substring(number.end()))
            .replaceAll("[\\s]+", " ")
            .strip();
    if (normalStreet(street).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Address(street, number.group(1).replace(" ", "")));
  }

  /** The key of a street and number in a locality (null for none). */
  public static String of(Long localityId, String street, String number) {
    return (localityId == null ? "0" : localityId.toString())
        + "|"
        + normalStreet(street)
        + "|"
        + number.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s'\"׳״]", "");
  }

  static String normalStreet(String street) {
    String plain =
        Normalizer.normalize(street == null ? "" : street, Normalizer.Form.NFKC)
            .toLowerCase(Locale.ROOT)
            .replaceAll("[\\p{Punct}׳״״]", " ")
            .replaceAll("\\s+", " ")
            .strip();
    StringBuilder kept = new StringBuilder();
    for (String word : plain.split(" ")) {
      if (!word.isEmpty() && !STREET_WORDS.contains(word)) {
        kept.append(kept.length() == 0 ? "" : " ").append(word);
      }
    }
    return kept.toString();
  }
}
