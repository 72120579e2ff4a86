package org.kesher.selfhelp.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.boundary.StaffMessages;

/**
 * The directory card of a SELF_HELP request to found a group, on its case's page: the centre
 * approves it and a draft entry opens, to be completed and published on the centre's entries page.
 */
@Named
@ViewScoped
public class GroupCard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffViewer staff;

  @Inject CurrentStaff current;

  @Inject GroupDesk desk;

  private GroupDesk.Card card;

  @RolesAllowed("STAFF")
  public GroupDesk.Card card(String reference) {
    if (card == null) {
      card = desk.card(staff.viewer(), reference);
    }
    return card;
  }

  @RolesAllowed("STAFF")
  public String approve(String reference) {
    long id;
    try {
      id = desk.approve(staff.viewer(), reference);
    } catch (CaseRuleViolation refused) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, refused.code());
      return null;
    }
    StaffMessages.say(current.locale(), FacesMessage.SEVERITY_INFO, "groups.approved");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/staff/groups.xhtml?faces-redirect=true&id=" + id;
  }
}
