package org.kesher.ground.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Kesher speaks to residents: Hebrew (the default), Arabic and English everywhere;
 * Russian and Amharic on the public side (pages, forms, mails, letters, the directory and the
 * tracking page), for the Russian-speaking and Ethiopian communities the seeds name. Staff screens
 * speak the first three.
 */
public enum Language {
  HE("he", true, true),
  AR("ar", true, true),
  EN("en", false, true),
  RU("ru", false, false),
  AM("am", false, false);

  public static final Language DEFAULT = HE;

  private final String code;
  private final boolean rightToLeft;
  private final boolean staff;

  Language(String code, boolean rightToLeft, boolean staff) {
    this.code = code;
    this.rightToLeft = rightToLeft;
    this.staff = staff;
  }

  /**
   * The languages every catalogue text must have and the staff screens speak (he, ar, en); the
   * others are accepted where given and fall back to Hebrew where not.
   */
  public static java.util.List<Language> required() {
    return Arrays.stream(values()).filter(l -> l.staff).toList();
  }

  /** Whether the staff screens speak it (their bundles exist in it). */
  public boolean isStaffLanguage() {
    return staff;
  }

  /** The ISO 639-1 code, as stored and as used in URLs and {@code lang} attributes. */
  public String code() {
    return code;
  }

  /** The value of the HTML {@code dir} attribute. */
  public String direction() {
    return rightToLeft ? "rtl" : "ltr";
  }

  public Locale locale() {
    return Locale.forLanguageTag(code);
  }

  public static Optional<Language> fromCode(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String wanted = code.strip().toLowerCase(Locale.ROOT);
    // "he-IL", "ar_IL" and the legacy Java code "iw" all mean a language we speak
    if (wanted.startsWith("iw")) {
      wanted = "he";
    }
    String base = wanted.length() > 2 ? wanted.substring(0, 2) : wanted;
    return Arrays.stream(values()).filter(l -> l.code.equals(base)).findFirst();
  }

  /** The first language of an HTTP Accept-Language header that Kesher speaks, else Hebrew. */
  public static Language fromAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return DEFAULT;
    }
    try {
      return Locale.LanguageRange.parse(header).stream()
          .map(r -> fromCode(r.getRange()))
          .flatMap(Optional::stream)
          .findFirst()
          .orElse(DEFAULT);
    } catch (IllegalArgumentException malformed) {
      return DEFAULT;
    }
  }
}
