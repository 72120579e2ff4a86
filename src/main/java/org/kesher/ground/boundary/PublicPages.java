package org.kesher.ground.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.kesher.ground.control.Language;

/**
 * What every public page sends besides its HTML (the security headers are {@code
 * ground.boundary.SecurityHeaders}'): no caching of pages that may carry a resident's data, and the
 * visitor's choices of language, text size and contrast, kept in cookies so that they hold on every
 * page, without JavaScript.
 */
@WebFilter(
    urlPatterns = {"/", "*.xhtml"},
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class PublicPages extends HttpFilter {

  /** A form with five files of 10 MB and its text; the rules judge each file. */
  static final long FORM_BYTES = 55L * 1024 * 1024;

  private static final int KEEP_CHOICE = (int) Duration.ofDays(365).toSeconds();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if ("POST".equals(request.getMethod()) && request.getContentLengthLong() > FORM_BYTES) {
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    // pages may show a reference, a tracking code or what the resident typed: never kept
    response.setHeader("Cache-Control", "no-store");
    Language.fromCode(request.getParameter("lang"))
        .ifPresent(language -> keep(response, VisitorLanguage.COOKIE, language.code()));
    remember(request, response, DisplayPreferences.TEXT, DisplayPreferences.TEXT_SIZES);
    remember(request, response, DisplayPreferences.CONTRAST, DisplayPreferences.CONTRASTS);
    chain.doFilter(request, response);
  }

  private static void remember(
      HttpServletRequest request, HttpServletResponse response, String name, Set<String> allowed) {
    String value = request.getParameter(name);
    if (value != null && allowed.contains(value)) {
      keep(response, DisplayPreferences.COOKIE_PREFIX + name, value);
    }
  }

  private static void keep(HttpServletResponse response, String name, String value) {
    var cookie = new Cookie(name, value);
    cookie.setPath("/");
    cookie.setMaxAge(KEEP_CHOICE);
    cookie.setHttpOnly(true);
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
  }
}
