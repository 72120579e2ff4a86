package org.kesher.selfhelp.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A search of the public directory: a topic's code, a locality's code, a language's code and words,
 * any of them missing, and the page (from 1). Words are matched in the entry's name, its own words
 * and when it meets, each word anywhere, all of them.
 */
public record GroupQuery(String topic, String locality, String language, String words, int page) {

  public static final int PAGE_SIZE = 10;

  /** Words longer than this, or more of them than {@link #MAX_WORDS}, are not looked for. */
  static final int MAX_WORD = 40;

  static final int MAX_WORDS = 6;

  public GroupQuery {
    topic = blankToNull(topic);
    locality = blankToNull(locality);
    language = blankToNull(language);
    language = language != null && language.matches("[a-z]{2}") ? language : null;
    words = blankToNull(words);
    page = Math.max(1, page);
  }

  /** The words to look for, lower-cased, without LIKE's wildcards. */
  List<String> wordList() {
    if (words == null) {
      return List.of();
    }
    return Arrays.stream(words.toLowerCase(Locale.ROOT).split("[\\s,;.]+"))
        .map(w -> w.replace("%", "").replace("_", "").replace("!", ""))
        .filter(w -> !w.isEmpty())
        .map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w)
        .limit(MAX_WORDS)
        .toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
