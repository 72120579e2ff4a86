package org.kesher.intake.control;

import org.kesher.ground.control.Language;

/**
 * The language a text is written in, told by its script: Hebrew letters, Arabic letters or Latin
 * ones. Hebrew when unsure (no letters, or no script clearly ahead), as the city's first language.
 * Arabic is chosen over Hebrew when it has more letters; English only when Latin letters are at
 * least twice the Hebrew and Arabic ones together, since Hebrew and Arabic mails often hold Latin
 * addresses, names and links.
 */
public final class WrittenLanguage {

  private WrittenLanguage() {}

  public static Language of(String text) {
    if (text == null) {
      return Language.HE;
    }
    long hebrew = 0;
    long arabic = 0;
    long latin = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.HEBREW) {
        hebrew++;
      } else if (script == Character.UnicodeScript.ARABIC) {
        arabic++;
      } else if (script == Character.UnicodeScript.LATIN) {
        latin++;
      }
    }
    if (latin >= 2 * (hebrew + arabic) && latin > 0) {
      return Language.EN;
    }
    if (arabic > hebrew) {
      return Language.AR;
    }
    return Language.HE;
  }
}
