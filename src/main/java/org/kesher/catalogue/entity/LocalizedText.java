package org.kesher.catalogue.entity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.kesher.ground.control.Language;

/**
 * A text in the languages Kesher speaks: Hebrew, Arabic and English always, Russian and Amharic
 * where given. Stored as translation rows ({@link Translation}), one per language, so a language is
 * added without a migration.
 */
public final class LocalizedText {

  private final Map<Language, String> texts;

  public LocalizedText(String he, String ar, String en) {
    this(translations(he, ar, en));
  }

  private LocalizedText(Map<Language, String> texts) {
    this.texts = Collections.unmodifiableMap(texts);
  }

  /** The given translations; blank ones count as missing. */
  public static LocalizedText of(Map<Language, String> given) {
    Map<Language, String> kept = new EnumMap<>(Language.class);
    given.forEach(
        (language, text) -> {
          if (notBlank(text)) {
            kept.put(language, text);
          }
        });
    return new LocalizedText(kept);
  }

  private static Map<Language, String> translations(String he, String ar, String en) {
    Map<Language, String> given = new EnumMap<>(Language.class);
    given.put(Language.HE, he);
    given.put(Language.AR, ar);
    given.put(Language.EN, en);
    return of(given).texts;
  }

  /** The text in the given language; where that translation is missing, the Hebrew one. */
  public String in(Language language) {
    String text = texts.get(language);
    return text == null ? texts.get(Language.HE) : text;
  }

  /** The text in the given language exactly as stored, null where it is missing. */
  public String given(Language language) {
    return texts.get(language);
  }

  /** Every translation there is, by language. */
  public Map<Language, String> translations() {
    return texts;
  }

  /** Whether every required translation (Hebrew, Arabic, English) is there. */
  public boolean isComplete() {
    return Language.required().stream().allMatch(texts::containsKey);
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other && texts.equals(other.texts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(texts);
  }
}
