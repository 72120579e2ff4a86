package org.kesher.catalogue.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kesher.catalogue.control.CatalogueRules.Violation;
import org.kesher.ground.control.Language;

/**
 * The violations one check of {@link CatalogueRules} has found so far, and the checks every kind of
 * catalogue entry shares: codes, choices made, texts present and within their limits in all three
 * languages.
 */
final class Findings {

  private final List<Violation> list = new ArrayList<>();

  /** What was found, in the order found. */
  List<Violation> list() {
    return list;
  }

  void add(String field, String key, Object... args) {
    list.add(new Violation(field, key, List.of(args)));
  }

  void code(String code, Pattern pattern, String field) {
    if (code == null || !pattern.matcher(code).matches()) {
      add(field, pattern == CatalogueRules.CODE ? "check.codePattern" : "check.fieldCodePattern");
    }
  }

  /** An entry's own code: of the pattern, and no other entry's of its kind ({@code all}). */
  <T> void uniqueCode(
      String code, Long id, List<T> all, Function<T, Long> idOf, Function<T, String> codeOf) {
    code(code, CatalogueRules.CODE, "code");
    if (code != null
        && all.stream()
            .anyMatch(
                other ->
                    !Objects.equals(idOf.apply(other), id) && code.equals(codeOf.apply(other)))) {
      add("code", "check.codeTaken");
    }
  }

  void chosen(Object value, String field) {
    if (value == null) {
      add(field, "check.required");
    }
  }

  void present(String text, String field, int limit) {
    if (Texts.blank(text)) {
      add(field, "check.textMissing");
    } else {
      longest(text, field, limit);
    }
  }

  void longest(String text, String field, int limit) {
    if (text.strip().length() > limit) {
      add(field, "check.textTooLong", limit);
    }
  }

  void allThree(Texts texts, String field, int limit) {
    Texts given = texts == null ? Texts.NONE : texts;
    for (Language language : Language.values()) {
      if (Language.required().contains(language)) {
        present(given.in(language), field + "." + language.code(), limit);
      } else if (!Texts.blank(given.in(language))) {
        longest(given.in(language), field + "." + language.code(), limit);
      }
    }
  }

  /** All three or none: a translation missing would show the Hebrew one to Arabic readers. */
  void optionalThree(Texts texts, String field, int limit) {
    if (texts != null && !texts.isEmpty()) {
      allThree(texts, field, limit);
    }
  }
}
