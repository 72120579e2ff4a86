package org.kesher.catalogue.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kesher.catalogue.control.CatalogueAdmin;
import org.kesher.catalogue.control.CatalogueRules.Violation;
import org.kesher.catalogue.control.Outcome;
import org.kesher.catalogue.control.Texts;
import org.kesher.ground.boundary.StaffLanguage;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Language;

/**
 * What the catalogue's admin screens share: the violations of the last save shown next to their
 * inputs (and nothing saved, the form kept as it was typed), the outcome as a page message, and
 * texts in the administrator's language.
 */
public abstract class AdminScreen implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject protected CatalogueAdmin admin;

  @Inject StaffLanguage staffLanguage;

  /** Message per input of the last refused save, by the rules' field names ("name.he"). */
  private final Map<String, String> errors = new HashMap<>();

  protected Language language() {
    return staffLanguage.language();
  }

  /** The text in the administrator's language. */
  public String shown(Texts texts) {
    if (texts == null) {
      return "";
    }
    String text = texts.in(language());
    return text == null || text.isBlank() ? texts.he() : text;
  }

  public String error(String field) {
    return errors.getOrDefault(field, "");
  }

  /** The messages of an input and everything under it ("fields.0.options" and its options). */
  public String errorsUnder(String field) {
    return errors.entrySet().stream()
        .filter(e -> e.getKey().equals(field) || e.getKey().startsWith(field + "."))
        .sorted(Map.Entry.comparingByKey())
        .map(
            e ->
                e.getKey().equals(field)
                    ? e.getValue()
                    : e.getKey().substring(field.length() + 1) + ": " + e.getValue())
        .collect(java.util.stream.Collectors.joining(" "));
  }

  /**
   * Shows a save's outcome.
   *
   * @return whether it was saved
   */
  protected boolean report(Outcome outcome, String savedKey) {
    errors.clear();
    if (outcome.saved()) {
      say(FacesMessage.SEVERITY_INFO, text(savedKey));
      return true;
    }
    for (Violation violation : outcome.violations()) {
      String message = text(violation.key(), violation.args());
      if (violation.field().isEmpty() || !shownFields().contains(fieldGroup(violation.field()))) {
        say(FacesMessage.SEVERITY_ERROR, message);
      } else {
        errors.merge(violation.field(), message, (a, b) -> a + " " + b);
      }
    }
    say(FacesMessage.SEVERITY_ERROR, text("adminCat.notSaved"));
    return false;
  }

  /** Shows the outcome of a row's button: every violation as a page message. */
  protected void reportRow(Outcome outcome, String doneKey) {
    errors.clear();
    if (outcome.saved()) {
      say(FacesMessage.SEVERITY_INFO, text(doneKey));
      return;
    }
    outcome.violations().forEach(v -> say(FacesMessage.SEVERITY_ERROR, text(v.key(), v.args())));
  }

  /** Forgets the messages of a refused save, when another entry is opened. */
  protected void clearErrors() {
    errors.clear();
  }

  /** The rules' field names this screen has an input for (the first part of "fields.0.code"). */
  protected abstract List<String> shownFields();

  private static String fieldGroup(String field) {
    int dot = field.indexOf('.');
    return dot < 0 ? field : field.substring(0, dot);
  }

  protected String text(String key, List<Object> args) {
    return StaffMessages.text(language().locale(), key, args.toArray());
  }

  protected String text(String key) {
    return text(key, List.of());
  }

  protected void say(FacesMessage.Severity severity, String text) {
    StaffMessages.say(severity, text);
  }

  /** A whole number typed into a text input, or the given value when it is none. */
  protected static int number(String typed, int otherwise) {
    try {
      return typed == null ? otherwise : Integer.parseInt(typed.strip());
    } catch (NumberFormatException notANumber) {
      return otherwise;
    }
  }

  protected static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
