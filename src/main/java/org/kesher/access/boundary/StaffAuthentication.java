package org.kesher.access.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Set;
import org.kesher.access.control.SessionAccounts;
import org.kesher.ground.boundary.SecurityHeaders;

/**
 * How staff log in and stay logged in. The login page hands the credential over ({@code
 * SecurityContext.authenticate}); {@link StaffIdentityStore} checks it. The caller's name and
 * groups are then kept in the HTTP session and handed to the container with every request of the
 * session. (The container's own "remember the caller in the session" sometimes lost the groups of a
 * request under concurrent load, answering 403 to a logged-in staff member: Payara issue 6145.) A
 * request for a staff page without a login is sent to the login page.
 */
@ApplicationScoped
public class StaffAuthentication implements HttpAuthenticationMechanism {

  static final String LOGIN_PAGE = "/staff/login.xhtml";

  private static final String CALLER = StaffAuthentication.class.getName() + ".caller";

  /** A session whose password was right, waiting for the second factor's code. */
  static final String PENDING = StaffAuthentication.class.getName() + ".pending";

  /** The login's second step was passed: the code page hands the waiting caller over. */
  record SecondFactorPassed(Caller caller) implements Credential {}

  /** The caller of a session waiting for its second factor, if it is. */
  static java.util.Optional<Caller> pending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(PENDING) instanceof Caller caller
        ? java.util.Optional.of(caller)
        : java.util.Optional.empty();
  }

  static void forgetPending(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(PENDING);
    }
  }

  /** The roles of the session's caller (empty before a login). */
  static Set<String> groups(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(CALLER) instanceof Caller caller
        ? caller.groups()
        : Set.of();
  }

  /** Who is logged in to a session, with the groups (roles) of their login. */
  record Caller(String name, Set<String> groups) implements Serializable {}

  @Inject IdentityStoreHandler identities;

  @Inject SessionAccounts sessions;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential given = context.getAuthParameters().getCredential();
    if (given instanceof SecondFactorPassed passed) {
      // the code page checked the code of a session whose password was right
      HttpSession session = request.getSession(true);
      session.removeAttribute(PENDING);
      session.setAttribute(CALLER, passed.caller());
      session.setAttribute(
          StaffSessionGuard.EPOCH,
          sessions
              .state(passed.caller().name())
              .map(SessionAccounts.SessionState::epoch)
              .orElse(-1));
      return context.notifyContainerAboutLogin(passed.caller().name(), passed.caller().groups());
    }
    if (given != null) {
      CredentialValidationResult result = identities.validate(given);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        String name = result.getCallerPrincipal().getName();
        HttpSession session = request.getSession(true);
        var caller = new Caller(name, Set.copyOf(result.getCallerGroups()));
        var state = sessions.state(name);
        if (state.map(SessionAccounts.SessionState::secondFactor).orElse(false)) {
          // the password was right; the login ends on the code page
          session.removeAttribute(CALLER);
          session.setAttribute(PENDING, caller);
          return context.doNothing();
        }
        session.setAttribute(CALLER, caller);
        // the session belongs to the account's password of now: a later change or reset ends it
        session.setAttribute(
            StaffSessionGuard.EPOCH,
            sessions.state(name).map(SessionAccounts.SessionState::epoch).orElse(-1));
      }
      return context.notifyContainerAboutLogin(result);
    }
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(CALLER) instanceof Caller caller) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      // this answer is given before any filter runs
      SecurityHeaders.apply(request, response);
      return context.redirect(request.getContextPath() + LOGIN_PAGE);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }
}
