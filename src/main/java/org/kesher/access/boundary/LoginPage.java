package org.kesher.access.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kesher.ground.boundary.StaffMessages;

/**
 * The staff login form: one message for every refusal (wrong name, wrong password, locked account),
 * a new session id on success, and a per-address brake on failures.
 */
@PermitAll
@Named
@RequestScoped
public class LoginPage {

  @Inject SecurityContext security;

  @Inject LoginThrottle throttle;

  private String username;
  private String password;

  public void login() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    var response = (HttpServletResponse) external.getResponse();
    String client = request.getRemoteAddr();
    if (!throttle.mayTry(client)) {
      refuse(faces, "login.tooMany");
      return;
    }
    // a password step left by an earlier try is not carried over to this one
    StaffAuthentication.forgetPending(request);
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(username, password)));
    password = null;
    if (StaffAuthentication.pending(request).isPresent()) {
      // the password was right; the login ends with the second factor's code
      request.changeSessionId();
      external.redirect(request.getContextPath() + CodePage.PAGE);
      faces.responseComplete();
    } else if (status == AuthenticationStatus.SUCCESS) {
      request.changeSessionId();
      external.redirect(request.getContextPath() + "/staff/index.xhtml");
      faces.responseComplete();
    } else if (status == AuthenticationStatus.SEND_FAILURE) {
      throttle.failed(client);
      refuse(faces, "login.failed");
    } else {
      faces.responseComplete();
    }
  }

  private static void refuse(FacesContext faces, String key) {
    StaffMessages.say(faces.getViewRoot().getLocale(), FacesMessage.SEVERITY_ERROR, key);
    faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_UNAUTHORIZED);
  }

  public void logout() throws IOException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    try {
      request.logout();
    } catch (jakarta.servlet.ServletException e) {
      // the session goes anyway
    }
    external.invalidateSession();
    external.redirect(request.getContextPath() + "/staff/login.xhtml");
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
