package org.kesher.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.kesher.ground.control.Language;

/**
 * A text in Hebrew, Arabic and English, stored as three columns ({@code name_he}, {@code name_ar},
 * {@code name_en} and so on, mapped with attribute overrides).
 */
@Embeddable
public class LocalizedText {

  @Column(name = "he")
  private String he;

  @Column(name = "ar")
  private String ar;

  @Column(name = "en")
  private String en;

  protected LocalizedText() {}

  public LocalizedText(String he, String ar, String en) {
    this.he = he;
    this.ar = ar;
    this.en = en;
  }

  /** The text in the given language; where that translation is missing, the Hebrew one. */
  public String in(Language language) {
    String text =
        switch (language) {
          case HE -> he;
          case AR -> ar;
          case EN -> en;
        };
    return text == null || text.isBlank() ? he : text;
  }

  /** The text in the given language exactly as stored, null where it is missing. */
  public String given(Language language) {
    return switch (language) {
      case HE -> he;
      case AR -> ar;
      case EN -> en;
    };
  }

  /** Whether every one of the three translations is there. */
  public boolean isComplete() {
    return notBlank(he) && notBlank(ar) && notBlank(en);
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText other
        && Objects.equals(he, other.he)
        && Objects.equals(ar, other.ar)
        && Objects.equals(en, other.en);
  }

  @Override
  public int hashCode() {
    return Objects.hash(he, ar, en);
  }
}
