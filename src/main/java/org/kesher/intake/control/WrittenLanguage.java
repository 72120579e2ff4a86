package org.kesher.intake.control;

import java.util.EnumMap;
import java.util.Map;
import org.kesher.ground.control.Language;

/**
 * The language a text is written in, told by its script: Hebrew, Arabic, Cyrillic (Russian),
 * Ethiopic (Amharic) or Latin letters. Hebrew when unsure (no letters, or no script clearly ahead),
 * as the city's first language. Of the non-Latin scripts the one with most letters wins, Hebrew on
 * a tie; English only when Latin letters are at least twice all the others together, since mails in
 * the other languages often hold Latin addresses, names and links.
 */
public final class WrittenLanguage {

  private static final Map<Character.UnicodeScript, Language> SCRIPTS =
      Map.of(
          Character.UnicodeScript.HEBREW, Language.HE,
          Character.UnicodeScript.ARABIC, Language.AR,
          Character.UnicodeScript.CYRILLIC, Language.RU,
          Character.UnicodeScript.ETHIOPIC, Language.AM);

  private WrittenLanguage() {}

  public static Language of(String text) {
    if (text == null) {
      return Language.HE;
    }
    Map<Language, Long> letters = new EnumMap<>(Language.class);
    long latin = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (!Character.isLetter(c)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(c);
      if (script == Character.UnicodeScript.LATIN) {
        latin++;
      } else if (SCRIPTS.containsKey(script)) {
        letters.merge(SCRIPTS.get(script), 1L, Long::sum);
      }
    }
    long others = letters.values().stream().mapToLong(Long::longValue).sum();
    if (latin > 0 && latin >= 2 * others) {
      return Language.EN;
    }
    Language most = Language.HE;
    for (var entry : letters.entrySet()) {
      if (entry.getValue() > letters.getOrDefault(most, 0L)) {
        most = entry.getKey();
      }
    }
    return most;
  }
}
