package org.kesher.cases.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.control.CaseHolds;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Israel;

/**
 * The legal hold on the case page: who holds the case since when and why, and, for the unit's head
 * or a department manager, placing or releasing it with a reason.
 */
@Named("caseHold")
@ViewScoped
public class CaseHoldPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffViewer staff;

  @Inject transient CurrentStaff current;

  @Inject transient CaseHolds holds;

  private String reason;
  private transient CaseHolds.State state;
  private String stateOf;

  /** The case's hold state; null when the viewer does not see the case. */
  @RolesAllowed("STAFF")
  public CaseHolds.State state(String reference) {
    if (state == null || !reference.equals(stateOf)) {
      state = holds.state(staff.viewer(), reference).orElse(null);
      stateOf = reference;
    }
    return state;
  }

  @RolesAllowed("STAFF")
  @Transactional
  public void place(String reference) {
    act(() -> holds.place(staff.viewer(), reference, reason), "hold.placed");
  }

  @RolesAllowed("STAFF")
  @Transactional
  public void release(String reference) {
    act(() -> holds.release(staff.viewer(), reference), "hold.released");
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      reason = null;
      state = null;
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_INFO, doneKey);
    } catch (CaseRuleViolation refused) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, refused.code());
    }
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  @PermitAll
  public String date(Instant at) {
    return at == null ? "" : Israel.dateTime(current.locale(), at);
  }
}
