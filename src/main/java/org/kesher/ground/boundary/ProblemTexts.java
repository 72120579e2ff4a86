package org.kesher.ground.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.kesher.ground.control.Language;

/** The titles and details of problem responses, in the language of {@code Accept-Language}. */
public final class ProblemTexts {

  private static final String BUNDLE = "i18n.problems";

  private ProblemTexts() {}

  public static Language languageOf(HttpHeaders headers) {
    return Language.fromAcceptLanguage(
        headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  public static String text(Language language, String key) {
    try {
      return ResourceBundle.getBundle(BUNDLE, language.locale()).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
