package org.kesher.intake.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems of one posted form, as a page shows them: a message next to each field, and a
 * summary at the top whose entries link to the fields.
 */
public final class FormErrors {

  /** The whole form, not one field: a refusal such as too many attempts. */
  public static final String FORM = "form";

  /** One problem: where its field is on the page, the field's label and what is wrong. */
  public record Entry(String anchor, String label, String message) {}

  private final Map<String, Entry> byField = new LinkedHashMap<>();

  /**
   * Adds a problem; the problems of one file input's files ({@code attachments[2]}) are shown
   * together at that input, each once.
   */
  void add(String field, String label, String message) {
    String input = field.replaceFirst("\\[\\d+]$", "");
    Entry known = byField.get(input);
    if (known == null) {
      byField.put(input, new Entry(anchor(input), label, message));
    } else if (!input.equals(field) && !known.message().contains(message)) {
      byField.put(input, new Entry(known.anchor(), label, known.message() + " " + message));
    }
  }

  /** The id of a field's input on the page: {@code answers.topic} is {@code f-answers-topic}. */
  public static String anchor(String field) {
    return "f-" + field.replaceAll("[^A-Za-z0-9_-]", "-");
  }

  /** The same id, for pages. */
  public String idOf(String field) {
    return anchor(field);
  }

  /** The ids that describe a field's input: its hint if it has one, and its error if any. */
  public String describedBy(String field, boolean hasHint) {
    String id = anchor(field);
    String ids = (hasHint ? id + "-hint " : "") + (has(field) ? id + "-error" : "");
    return ids.isBlank() ? null : ids.strip();
  }

  /** Whether there is any problem; "empty" is a reserved word of the pages' expressions. */
  public boolean isPresent() {
    return !byField.isEmpty();
  }

  public boolean isEmpty() {
    return byField.isEmpty();
  }

  public List<Entry> getAll() {
    return new ArrayList<>(byField.values());
  }

  public boolean has(String field) {
    return byField.containsKey(field);
  }

  /** The message for a field, or null when it is fine. */
  public String of(String field) {
    Entry entry = byField.get(field);
    return entry == null ? null : entry.message();
  }
}
