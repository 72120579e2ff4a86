package org.kesher.ground.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The staff pages' texts ({@code i18n/staff*.properties}) and the one way a staff page tells its
 * reader something: a Faces message in the reader's language.
 */
public final class StaffMessages {

  private static final String BUNDLE = "i18n.staff";

  private StaffMessages() {}

  /**
   * The text of a key in a language, its {@code {0}}... filled in from {@code args}; a missing key
   * reads as itself, so a forgotten translation shows where it is missing.
   */
  public static String text(Locale locale, String key, Object... args) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale);
    String pattern = texts.containsKey(key) ? texts.getString(key) : key;
    return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
  }

  /** Shows a text for the whole page. */
  public static void say(FacesMessage.Severity severity, String text) {
    sayAt(null, severity, text);
  }

  /** Shows a text beside a component (its client id), or for the whole page when it is null. */
  public static void sayAt(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }

  /** Shows the text of a key for the whole page. */
  public static void say(
      Locale locale, FacesMessage.Severity severity, String key, Object... args) {
    say(severity, text(locale, key, args));
  }
}
