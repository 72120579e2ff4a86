package org.kesher.sealing.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words of a text as the blind word index keeps them, and as a search looks for them.
 *
 * <p>A word is normalised so that spellings a resident and a caseworker may use for the same word
 * meet:
 *
 * <ul>
 *   <li>Unicode compatibility forms (NFKC: presentation forms, full-width letters) are folded, then
 *       every combining mark is removed: Hebrew niqqud and cantillation, Arabic harakat (fatha,
 *       shadda, sukun, tanwin, superscript alef), Latin accents ("café" is "cafe");
 *   <li>Hebrew final letters are folded (ך→כ, ם→מ, ן→נ, ף→פ, ץ→צ);
 *   <li>Arabic alef and hamza forms are folded (أ إ آ ٱ → ا, ؤ → و, ئ → ي), alef maqsura to ya (ى →
 *       ي), and ta marbuta to ha (ة → ه), since both are typed for a word's end; tatweel is
 *       removed;
 *   <li>letters are lower-cased; Arabic-Indic digits become 0-9;
 *   <li>apostrophes, geresh and gershayim inside a word are dropped (ז'בוטינסקי = זבוטינסקי, עו"ס =
 *       עוס); every other character that is neither letter nor digit separates words (the maqaf and
 *       hyphen too);
 *   <li>words of one character, and a short list of function words (של, את, في, من, the, and...),
 *       are left out.
 * </ul>
 *
 * The index also keeps each word without its prefixes, so that a search for בית finds ובבית and
 * לבית, and a search for مدرسة finds والمدرسة: Hebrew ו ה ב ל מ ש כ, up to three of them (a stem of
 * at least two letters stays), and Arabic وال بال كال فال لل ال (a stem of at least two letters)
 * and و (a stem of at least three). A search word is looked for as typed: הבית finds הבית and
 * והבית, not בית.
 */
public final class SearchWords {

  private static final String HEBREW_PREFIXES = "והבלמשכ";
  private static final int HEBREW_PREFIXES_AT_MOST = 3;
  private static final List<String> ARABIC_ARTICLES =
      List.of("وال", "بال", "كال", "فال", "لل", "ال");

  private static final Set<String> FUNCTION_WORDS =
      Stream.of(
              // Hebrew
              "של את על עם זה זו זאת אני אנחנו אתה את הוא היא הם הן לא כן גם כי אם יש אין או"
                  + " אבל רק כל עוד מה מי אל עד כמו אחרי לפני שלי שלו שלה שלנו שלהם לי לו לה לנו"
                  + " להם בו בה כך היה היתה הייתה יהיה אשר כבר מאוד",
              // Arabic
              "في من على إلى الى عن مع هذا هذه ذلك تلك التي الذي الذين أن إن لا ما هو هي هم"
                  + " كان كانت قد ثم أو او كل بعد قبل عند لم لن انا أنا نحن انت أنت لي له لها",
              // English
              "the an and or of to in on at for with is are was were be been it its this that"
                  + " my we our you your from by as not but have has had do does did so if")
          .flatMap(list -> Stream.of(list.split(" ")))
          .map(SearchWords::normalise)
          .collect(Collectors.toUnmodifiableSet());

  private SearchWords() {}

  /**
   * The normalised words of a search, in the order typed, without repeats, function words or single
   * characters: every one of them must be in a case for it to be found.
   */
  public static List<String> searched(String text) {
    return new ArrayList<>(words(text));
  }

  /**
   * What the index keeps of a text: its normalised words and each one's forms without prefixes,
   * without repeats.
   */
  public static Set<String> indexed(String text) {
    Set<String> indexed = new LinkedHashSet<>();
    for (String word : words(text)) {
      indexed.add(word);
      for (String stem : stems(word)) {
        if (!FUNCTION_WORDS.contains(stem)) {
          indexed.add(stem);
        }
      }
    }
    return indexed;
  }

  /** The normalised, kept words of a text, in order, without repeats. */
  static Set<String> words(String text) {
    Set<String> words = new LinkedHashSet<>();
    if (text == null) {
      return words;
    }
    for (String token : normalise(text).split(" ")) {
      if (token.length() > 1 && !FUNCTION_WORDS.contains(token)) {
        words.add(token);
      }
    }
    return words;
  }

  /**
   * A text normalised as described above, its words separated by single spaces.
   *
   * @return "" for null or a text without letters or digits
   */
  public static String normalise(String text) {
    if (text == null) {
      return "";
    }
    String decomposed =
        Normalizer.normalize(Normalizer.normalize(text, Normalizer.Form.NFKC), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    int length = decomposed.length();
    for (int i = 0; i < length; i++) {
      char c = decomposed.charAt(i);
      int type = Character.getType(c);
      if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
        continue; // niqqud, cantillation, harakat, hamza above and below, madda, accents
      }
      if (c == '\u0640') {
        continue; // tatweel
      }
      if (isInWordQuote(c)
          && out.length() > 0
          && isWordChar(last(out))
          && nextIsLetter(decomposed, i)) {
        continue;
      }
      if (Character.isLetter(c)) {
        out.append(fold(c));
      } else if (Character.isDigit(c)) {
        out.append((char) ('0' + Character.digit(c, 10)));
      } else if (out.length() > 0 && last(out) != ' ') {
        out.append(' ');
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == ' ') {
      end--;
    }
    return out.substring(0, end);
  }

  /** The forms of a normalised word without its prefixes, shortest last. */
  static List<String> stems(String word) {
    List<String> stems = new ArrayList<>();
    if (word.isEmpty()) {
      return stems;
    }
    if (HEBREW_PREFIXES.indexOf(word.charAt(0)) >= 0) {
      for (int i = 0;
          i < HEBREW_PREFIXES_AT_MOST
              && word.length() - i > 2
              && HEBREW_PREFIXES.indexOf(word.charAt(i)) >= 0;
          i++) {
        stems.add(word.substring(i + 1));
      }
    }
    for (String article : ARABIC_ARTICLES) {
      if (word.startsWith(article) && word.length() - article.length() >= 2) {
        stems.add(word.substring(article.length()));
        break;
      }
    }
    if (word.charAt(0) == 'و' && word.length() - 1 >= 3) {
      String rest = word.substring(1);
      stems.add(rest);
      for (String article : ARABIC_ARTICLES) {
        if (rest.startsWith(article) && rest.length() - article.length() >= 2) {
          stems.add(rest.substring(article.length()));
          break;
        }
      }
    }
    return stems.stream().distinct().toList();
  }

  private static char fold(char c) {
    return switch (c) {
      case 'ך' -> 'כ';
      case 'ם' -> 'מ';
      case 'ן' -> 'נ';
      case 'ף' -> 'פ';
      case 'ץ' -> 'צ';
      case 'أ', 'إ', 'آ', 'ٱ' -> 'ا';
      case 'ؤ' -> 'و';
      case 'ئ', 'ى' -> 'ي';
      case 'ة' -> 'ه';
      default -> Character.toLowerCase(c);
    };
  }

  /** An apostrophe, geresh or gershayim (or a quote typed for them). */
  private static boolean isInWordQuote(char c) {
    return c == '\'' || c == '"' || c == '׳' || c == '״' || c == '’' || c == '`';
  }

  private static boolean isWordChar(char c) {
    return c != ' ';
  }

  private static char last(StringBuilder out) {
    return out.charAt(out.length() - 1);
  }

  private static boolean nextIsLetter(String text, int i) {
    for (int k = i + 1; k < text.length(); k++) {
      char n = text.charAt(k);
      int type = Character.getType(n);
      if (type == Character.NON_SPACING_MARK) {
        continue;
      }
      return Character.isLetter(n);
    }
    return false;
  }
}
