package org.kesher.emergency.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.cases.entity.CaseRuleViolation;

/**
 * A settlement's emergency special-needs register ({@code staff/register.xhtml?team=...}) in
 * door-to-door order, for its team and the social services department, with its CSV and PDF
 * exports; without a team, the registers the viewer may open. A register the viewer may not see
 * answers 404.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffViewer staff;

  @Inject CurrentStaff current;

  @Inject RegisterDesk desk;

  private String team;
  private RegisterDesk.Sheet sheet;
  private List<RegisterDesk.TeamChoice> teams;

  @RolesAllowed("STAFF")
  public void load() throws IOException {
    teams = desk.teams(staff.viewer(), current.language());
    if (team == null || team.isBlank()) {
      return;
    }
    try {
      sheet = desk.sheet(staff.viewer(), team, current.language());
    } catch (CaseRuleViolation notThere) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
    }
  }

  @RolesAllowed("STAFF")
  public String confirm(long id) {
    try {
      desk.confirm(staff.viewer(), id);
    } catch (CaseRuleViolation refused) {
      org.kesher.ground.boundary.StaffMessages.say(
          current.locale(), jakarta.faces.application.FacesMessage.SEVERITY_ERROR, refused.code());
      return null;
    }
    org.kesher.ground.boundary.StaffMessages.say(
        current.locale(),
        jakarta.faces.application.FacesMessage.SEVERITY_INFO,
        "register.confirmedDone");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/staff/register.xhtml?faces-redirect=true&team=" + team;
  }

  /** A day in the staff member's language. */
  @jakarta.annotation.security.PermitAll
  public String date(java.time.Instant at) {
    return at == null ? "" : org.kesher.ground.control.Israel.date(current.locale(), at);
  }

  public RegisterDesk.Sheet getSheet() {
    return sheet;
  }

  public List<RegisterDesk.TeamChoice> getTeams() {
    return teams;
  }

  public String getTeam() {
    return team;
  }

  public void setTeam(String team) {
    this.team = team;
  }
}
