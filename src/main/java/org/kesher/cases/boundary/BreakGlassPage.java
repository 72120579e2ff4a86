package org.kesher.cases.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.control.BreakGlassRequests;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.cases.entity.BreakGlass;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.boundary.StaffMessages;

/**
 * Break-glass ({@code staff/break-glass.xhtml}): a staff member who may ask types a case's exact
 * reference and why they must open it; granted, the case page opens. The page says who is told.
 */
@Named("breakGlass")
@ViewScoped
public class BreakGlassPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient BreakGlassRequests requests;

  @Inject transient StaffViewer staff;

  @Inject transient CurrentStaff current;

  private String reference;
  private String reason;

  /** Whether the logged-in staff member's roles may ask at all. */
  @PermitAll
  public boolean isOffered() {
    return requests.mayAsk(staff.viewer());
  }

  public int getLeastReason() {
    return BreakGlass.LEAST_REASON;
  }

  /** Asks for the case; granted, goes to its page. */
  @RolesAllowed("STAFF")
  @Transactional(dontRollbackOn = CaseNotFound.class)
  public String ask() {
    try {
      String opened = requests.ask(staff.viewer(), reference, reason);
      return "/staff/case.xhtml?faces-redirect=true&ref=" + opened;
    } catch (CaseRuleViolation refused) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, refused.code());
    } catch (CaseNotFound none) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, "breakGlass.noSuchCase");
    }
    return null;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
