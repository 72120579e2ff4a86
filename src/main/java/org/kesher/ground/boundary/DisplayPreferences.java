package org.kesher.ground.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The visitor's text size and contrast, and the links that change them or the language on the page
 * they are on. The choice arrives as a parameter once and is then read from its cookie.
 */
@PermitAll
@Named
@RequestScoped
public class DisplayPreferences {

  static final String COOKIE_PREFIX = "kesher-";
  static final String TEXT = "text";
  static final String CONTRAST = "contrast";
  static final Set<String> TEXT_SIZES = Set.of("normal", "large");
  static final Set<String> CONTRASTS = Set.of("normal", "high");

  @Inject HttpServletRequest request;

  public boolean isLargeText() {
    return "large".equals(choice(TEXT, TEXT_SIZES));
  }

  public boolean isHighContrast() {
    return "high".equals(choice(CONTRAST, CONTRASTS));
  }

  /** The classes of the page's body that apply the choices. */
  public String getBodyClass() {
    return (isLargeText() ? "text-large " : "") + (isHighContrast() ? "contrast-high" : "");
  }

  public String getTextToggleUrl() {
    return here(TEXT, isLargeText() ? "normal" : "large");
  }

  public String getContrastToggleUrl() {
    return here(CONTRAST, isHighContrast() ? "normal" : "high");
  }

  /** This page in another language; only the type of a request form is carried over. */
  public String languageUrl(String code) {
    return here("lang", code);
  }

  private String here(String name, String value) {
    String page = request.getContextPath() + request.getServletPath();
    String type = request.getParameter("type");
    String query =
        (type == null || !type.matches("[A-Za-z0-9_]{1,40}") ? "" : "type=" + type + "&")
            + name
            + "="
            + URLEncoder.encode(value, StandardCharsets.UTF_8);
    return page + "?" + query;
  }

  private String choice(String name, Set<String> allowed) {
    String given = request.getParameter(name);
    if (given != null && allowed.contains(given)) {
      return given;
    }
    return cookie(COOKIE_PREFIX + name).filter(allowed::contains).orElse("normal");
  }

  private Optional<String> cookie(String name) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(c -> name.equals(c.getName()))
            .map(Cookie::getValue)
            .findFirst();
  }
}
