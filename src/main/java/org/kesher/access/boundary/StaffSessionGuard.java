package org.kesher.access.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.kesher.access.control.SecondFactorPolicy;
import org.kesher.access.control.SecondFactors;
import org.kesher.access.control.SessionAccounts;
import org.kesher.access.control.SessionAccounts.SessionState;

/**
 * Checks each staff request of a logged-in member against their account: a session opened before
 * the account's last password change or reset, or of an account switched off since, ends (back to
 * the login page); an account whose password was set by someone else (the first administrator, an
 * enrolment, a reset) reaches only the password page until the member has chosen their own; and a
 * member whose roles require a second factor reaches only its enrolment page until enrolled.
 */
@WebFilter(urlPatterns = "/staff/*")
public class StaffSessionGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The session attribute holding the account's session epoch at login. */
  static final String EPOCH = StaffSessionGuard.class.getName() + ".epoch";

  static final String PASSWORD_PAGE = "/staff/password.xhtml";

  @Inject SessionAccounts sessions;

  @Inject SecondFactors factors;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String user = request.getRemoteUser();
    String path = request.getServletPath();
    if (user == null || path.equals(StaffAuthentication.LOGIN_PAGE)) {
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession(false);
    Optional<SessionState> state = sessions.state(user);
    if (session == null
        || state.isEmpty()
        || !state.get().enabled()
        || !(session.getAttribute(EPOCH) instanceof Integer epoch)
        || epoch != state.get().epoch()) {
      if (session != null) {
        session.invalidate();
      }
      try {
        request.logout();
      } catch (ServletException ignored) {
        // the session is gone anyway
      }
      response.sendRedirect(request.getContextPath() + StaffAuthentication.LOGIN_PAGE);
      return;
    }
    if (state.get().mustChangePassword() && !path.equals(PASSWORD_PAGE)) {
      response.sendRedirect(request.getContextPath() + PASSWORD_PAGE);
      return;
    }
    if (!state.get().secondFactor()
        && !path.equals(PASSWORD_PAGE)
        && !path.equals(FactorPage.PAGE)
        && factors.policy().levelFor(StaffAuthentication.groups(request))
            == SecondFactorPolicy.Level.REQUIRED) {
      response.sendRedirect(request.getContextPath() + FactorPage.PAGE);
      return;
    }
    chain.doFilter(request, response);
  }
}
