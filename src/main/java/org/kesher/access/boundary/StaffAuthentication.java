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
import org.kesher.platform.boundary.SecurityHeaders;

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

  /** Who is logged in to a session, with the groups (roles) of their login. */
  record Caller(String name, Set<String> groups) implements Serializable {}

  @Inject IdentityStoreHandler identities;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential given = context.getAuthParameters().getCredential();
    if (given != null) {
      CredentialValidationResult result = identities.validate(given);
      if (result.getStatus() == CredentialValidationResult.Status.VALID) {
        request
            .getSession(true)
            .setAttribute(
                CALLER,
                new Caller(
                    result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups())));
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
