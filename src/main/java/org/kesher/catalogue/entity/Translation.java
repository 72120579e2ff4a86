package org.kesher.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.kesher.ground.control.Language;

/**
 * One text of a catalogue row in one language: a row of that table's {@code *_text} table (owner,
 * field, language, content). The owner keeps its texts as a set of these; {@link #read} and {@link
 * #write} turn a field's rows into a {@link LocalizedText} and back.
 */
@Embeddable
public class Translation {

  @Column(name = "field", nullable = false)
  private String field;

  @Column(name = "lang", nullable = false)
  private String language;

  @Column(name = "content", nullable = false)
  private String content;

  protected Translation() {}

  Translation(String field, Language language, String content) {
    this.field = field;
    this.language = language.code();
    this.content = content;
  }

  /** The field's text, from the owner's rows; null when it has none. */
  public static LocalizedText read(Set<Translation> rows, String field) {
    Map<Language, String> found = new EnumMap<>(Language.class);
    for (Translation row : rows) {
      if (row.field.equals(field)) {
        Language.fromCode(row.language).ifPresent(l -> found.put(l, row.content));
      }
    }
    return found.isEmpty() ? null : LocalizedText.of(found);
  }

  /** Replaces the field's rows by the text's translations (none for a null text). */
  public static void write(Set<Translation> rows, String field, LocalizedText text) {
    LocalizedText now = read(rows, field);
    if (Objects.equals(now, text)) {
      return; // nothing changes: the rows stay, and no statement is written
    }
    rows.removeIf(row -> row.field.equals(field));
    if (text != null) {
      text.translations().forEach((language, t) -> rows.add(new Translation(field, language, t)));
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Translation other
        && field.equals(other.field)
        && language.equals(other.language)
        && content.equals(other.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, language, content);
  }
}
