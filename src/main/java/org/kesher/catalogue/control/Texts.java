package org.kesher.catalogue.control;

import java.util.EnumMap;
import java.util.Map;
import org.kesher.catalogue.entity.LocalizedText;
import org.kesher.ground.control.Language;

/**
 * A text as an administrator typed it: Hebrew, Arabic and English (required by the rules), Russian
 * and Amharic (optional); any may be missing.
 */
public record Texts(String he, String ar, String en, String ru, String am)
    implements java.io.Serializable {

  public static final Texts NONE = new Texts(null, null, null);

  /** The three required languages only. */
  public Texts(String he, String ar, String en) {
    this(he, ar, en, null, null);
  }

  /** The stored translations as they are, without falling back to Hebrew; NONE for null. */
  public static Texts of(LocalizedText text) {
    return text == null
        ? NONE
        : new Texts(
            text.given(Language.HE),
            text.given(Language.AR),
            text.given(Language.EN),
            text.given(Language.RU),
            text.given(Language.AM));
  }

  public String in(Language language) {
    return switch (language) {
      case HE -> he;
      case AR -> ar;
      case EN -> en;
      case RU -> ru;
      case AM -> am;
    };
  }

  /** Whether no translation is given at all. */
  public boolean isEmpty() {
    for (Language language : Language.values()) {
      if (!blank(in(language))) {
        return false;
      }
    }
    return true;
  }

  /** As the entities keep it, trimmed; null when nothing is given (no rows). */
  public LocalizedText toLocalized() {
    if (isEmpty()) {
      return null;
    }
    Map<Language, String> given = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      String text = in(language);
      if (!blank(text)) {
        given.put(language, text.strip());
      }
    }
    return LocalizedText.of(given);
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
