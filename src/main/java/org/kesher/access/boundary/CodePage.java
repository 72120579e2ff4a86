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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.kesher.access.control.SecondFactors;
import org.kesher.ground.boundary.StaffMessages;

/**
 * The second step of a login for a member with a second factor: the code of their app, or one of
 * their recovery codes. Open only to a session whose password was right; a wrong code counts
 * towards the account's lockout and the address's brake like a wrong password.
 */
@PermitAll
@Named
@RequestScoped
public class CodePage {

  static final String PAGE = "/staff/code.xhtml";

  @Inject SecondFactors factors;

  @Inject SecurityContext security;

  @Inject LoginThrottle throttle;

  private String code;

  /** Sends a session without a right password back to the login page. */
  public void check() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    var request = (HttpServletRequest) faces.getExternalContext().getRequest();
    if (StaffAuthentication.pending(request).isEmpty()) {
      faces
          .getExternalContext()
          .redirect(request.getContextPath() + StaffAuthentication.LOGIN_PAGE);
      faces.responseComplete();
    }
  }

  public void verify() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    var response = (HttpServletResponse) external.getResponse();
    var caller = StaffAuthentication.pending(request);
    String typed = code;
    code = null;
    if (caller.isEmpty()) {
      external.redirect(request.getContextPath() + StaffAuthentication.LOGIN_PAGE);
      faces.responseComplete();
      return;
    }
    String client = request.getRemoteAddr();
    if (!throttle.mayTry(client)) {
      refuse(faces, "login.tooMany");
      return;
    }
    if (!factors.logIn(caller.get().name(), typed)) {
      throttle.failed(client);
      refuse(faces, "factor.codeWrong");
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new StaffAuthentication.SecondFactorPassed(caller.get())));
    if (status == AuthenticationStatus.SUCCESS) {
      request.changeSessionId();
      external.redirect(request.getContextPath() + "/staff/index.xhtml");
    }
    faces.responseComplete();
  }

  private static void refuse(FacesContext faces, String key) {
    StaffMessages.say(faces.getViewRoot().getLocale(), FacesMessage.SEVERITY_ERROR, key);
    faces.getExternalContext().setResponseStatus(HttpServletResponse.SC_UNAUTHORIZED);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
