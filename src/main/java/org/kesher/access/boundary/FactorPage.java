package org.kesher.access.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kesher.access.control.AccountRefused;
import org.kesher.access.control.SecondFactorPolicy;
import org.kesher.access.control.SecondFactors;
import org.kesher.access.control.SecondFactors.Enrolment;
import org.kesher.access.control.SessionAccounts;
import org.kesher.access.control.StaffAccounts;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Language;

/**
 * A staff member enrols a second factor: a new secret as a QR code and as text, confirmed with the
 * first code their app shows; then ten recovery codes, shown once.
 */
@Named
@ViewScoped
public class FactorPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final String PAGE = "/staff/factor.xhtml";

  @Inject SecondFactors factors;

  @Inject StaffAccounts accounts;

  @Inject SessionAccounts sessions;

  private Enrolment enrolment;
  private String code;
  private List<String> recoveryCodes = List.of();

  private String me() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  public boolean isEnrolled() {
    return sessions.state(me()).map(SessionAccounts.SessionState::secondFactor).orElse(false);
  }

  /** Whether the member's roles let nothing open before enrolment. */
  public boolean isRequired() {
    var request =
        (jakarta.servlet.http.HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest();
    return factors.policy().levelFor(StaffAuthentication.groups(request))
        == SecondFactorPolicy.Level.REQUIRED;
  }

  /** The secret being enrolled: a new one for this view, when not enrolled or enrolling anew. */
  public Enrolment getEnrolment() {
    if (enrolment == null && recoveryCodes.isEmpty() && !isEnrolled()) {
      enrolment = factors.begin(me());
    }
    return enrolment;
  }

  /**
   * Starts over with a new secret (a lost phone): the old one works until this one is confirmed.
   */
  @RolesAllowed("STAFF")
  public void renew() {
    enrolment = factors.begin(me());
    recoveryCodes = List.of();
  }

  @RolesAllowed("STAFF")
  public void confirm() {
    Language language = accounts.byUsername(me()).map(a -> a.language()).orElse(Language.DEFAULT);
    try {
      recoveryCodes = factors.confirm(me(), enrolment.secret(), code);
      enrolment = null;
      StaffMessages.say(language.locale(), FacesMessage.SEVERITY_INFO, "factor.enrolledNow");
    } catch (AccountRefused refused) {
      StaffMessages.say(language.locale(), FacesMessage.SEVERITY_ERROR, refused.key());
    } finally {
      code = null;
    }
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public long getRecoveryCodesLeft() {
    return factors.unusedRecoveryCodes(me());
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
