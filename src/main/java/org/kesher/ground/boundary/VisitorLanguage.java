package org.kesher.ground.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.kesher.ground.control.Language;

/**
 * The language a page speaks to its visitor: the {@code lang} parameter, else the language they
 * chose before (cookie), else their browser's Accept-Language, else Hebrew.
 */
@PermitAll
@Named
@RequestScoped
public class VisitorLanguage {

  public static final String COOKIE = "kesher-lang";

  @Inject HttpServletRequest request;

  private Language language;

  public Language get() {
    if (language == null) {
      language =
          Language.fromCode(request.getParameter("lang"))
              .or(this::fromCookie)
              .orElseGet(() -> Language.fromAcceptLanguage(request.getHeader("Accept-Language")));
    }
    return language;
  }

  private Optional<Language> fromCookie() {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(c -> COOKIE.equals(c.getName()))
        .findFirst()
        .flatMap(c -> Language.fromCode(c.getValue()));
  }

  public String getCode() {
    return get().code();
  }

  public String getDirection() {
    return get().direction();
  }

  public Locale getLocale() {
    return get().locale();
  }
}
