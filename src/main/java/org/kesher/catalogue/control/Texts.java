package org.kesher.catalogue.control;

import org.kesher.catalogue.entity.LocalizedText;
import org.kesher.ground.control.Language;

/** A text as an administrator typed it, in Hebrew, Arabic and English (any may be missing). */
public record Texts(String he, String ar, String en) implements java.io.Serializable {

  public static final Texts NONE = new Texts(null, null, null);

  /** The stored translations as they are, without falling back to Hebrew; NONE for null. */
  public static Texts of(LocalizedText text) {
    return text == null
        ? NONE
        : new Texts(text.given(Language.HE), text.given(Language.AR), text.given(Language.EN));
  }

  public String in(Language language) {
    return switch (language) {
      case HE -> he;
      case AR -> ar;
      case EN -> en;
    };
  }

  /** Whether no translation is given at all. */
  public boolean isEmpty() {
    return blank(he) && blank(ar) && blank(en);
  }

  /** As an embeddable, trimmed; null when nothing is given (the columns stay NULL). */
  public LocalizedText toLocalized() {
    return isEmpty() ? null : new LocalizedText(trim(he), trim(ar), trim(en));
  }

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String trim(String s) {
    return blank(s) ? null : s.strip();
  }
}
