package org.kesher.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The security headers of every answer Kesher gives: pages, JSON, files, redirects and error pages.
 * Public pages and the API get a policy that allows no script but Kesher's own files; staff pages
 * get the same frame, form, base and object limits, with PrimeFaces' nonce for its scripts. The
 * staff policy is also {@code primefaces.CSP_POLICY} in web.xml: PrimeFaces adds the page's nonce
 * to it, and on staff pages its header replaces the one set here (one policy per answer).
 */
@WebFilter(
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  static final String CSP = "Content-Security-Policy";

  /** Public pages and JSON: nothing runs but Kesher's own files. */
  public static final String PUBLIC_POLICY =
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  /**
   * Staff pages, before PrimeFaces adds its nonce to the last directive (web.xml holds the same
   * text). Inline style attributes stay allowed: PrimeFaces' widgets write some.
   */
  public static final String STAFF_POLICY =
      "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
          + " frame-ancestors 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " script-src 'self'";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, new OnePolicy(response, apply(request, response)));
  }

  /**
   * Sets the headers on an answer, also on one that passes no filter, such as the login redirect of
   * the container's authentication.
   *
   * @return whether it is a staff answer
   */
  public static boolean apply(HttpServletRequest request, HttpServletResponse response) {
    boolean staff = request.getRequestURI().startsWith(request.getContextPath() + "/staff/");
    response.setHeader(CSP, staff ? STAFF_POLICY + ";" : PUBLIC_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
    return staff;
  }

  /** An answer with one Content-Security-Policy: a later one (PrimeFaces') replaces the first. */
  private static final class OnePolicy extends HttpServletResponseWrapper {

    private final boolean staff;

    OnePolicy(HttpServletResponse response, boolean staff) {
      super(response);
      this.staff = staff;
    }

    @Override
    public void addHeader(String name, String value) {
      if (!CSP.equalsIgnoreCase(name)) {
        super.addHeader(name, value);
      } else if (staff) {
        super.setHeader(name, value);
      }
      // PrimeFaces adds its policy to public Faces pages too: theirs, stricter, stays
    }

    @Override
    public void setHeader(String name, String value) {
      if (staff || !CSP.equalsIgnoreCase(name)) {
        super.setHeader(name, value);
      }
    }
  }
}
