package org.kesher.ground.control;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Kesher speaks to residents and staff. Hebrew is the default. */
public enum Language {
  HE("he", true),
  AR("ar", true),
  EN("en", false);

  public static final Language DEFAULT = HE;

  private final String code;
  private final boolean rightToLeft;

  Language(String code, boolean rightToLeft) {
    this.code = code;
    this.rightToLeft = rightToLeft;
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
