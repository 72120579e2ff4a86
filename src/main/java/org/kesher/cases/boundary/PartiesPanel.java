package org.kesher.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.cases.entity.NewParty;
import org.kesher.cases.entity.PartyInvitation;
import org.kesher.cases.entity.PartyRole;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Language;

/**
 * The parties card of a case's page: who besides the requester is on the case, where each stands on
 * mediation, and the form that invites one more (by mail, or by a letter printed from the card).
 * After an invitation the page is loaded again, so that its timeline and version are the case's.
 */
@Named
@ViewScoped
public class PartiesPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffViewer staff;

  @Inject CurrentStaff current;

  @Inject PartyDesk desk;

  private List<PartyDesk.PartyRow> rows;
  private String role = PartyRole.OTHER_PARTY.name();
  private String name;
  private String phone;
  private String email;
  private boolean emailSafe;
  private String language = Language.HE.code();
  private String invitedBy = PartyInvitation.LETTER.name();
  private String invitation;

  /** The parties of the case {@code reference}, read once per view. */
  @RolesAllowed("STAFF")
  public List<PartyDesk.PartyRow> rows(String reference) {
    if (rows == null) {
      rows = desk.rows(staff.viewer(), reference);
    }
    return rows;
  }

  @RolesAllowed("STAFF")
  public String invite(String reference, long version) {
    try {
      desk.invite(
          staff.viewer(),
          reference,
          version,
          new NewParty(
              PartyRole.valueOf(role),
              name,
              phone,
              email,
              emailSafe,
              Language.fromCode(language).orElse(Language.DEFAULT),
              PartyInvitation.valueOf(invitedBy),
              invitation));
    } catch (CaseRuleViolation refused) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, refused.code());
      return null;
    }
    StaffMessages.say(
        current.locale(),
        FacesMessage.SEVERITY_INFO,
        PartyInvitation.valueOf(invitedBy) == PartyInvitation.LETTER
            ? "party.invitedByLetter"
            : "party.invitedByMail");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/staff/case.xhtml?faces-redirect=true&ref=" + reference;
  }

  public List<String> getRoles() {
    return java.util.Arrays.stream(PartyRole.values()).map(Enum::name).toList();
  }

  public List<Language> getLanguages() {
    return List.of(Language.values());
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public boolean isEmailSafe() {
    return emailSafe;
  }

  public void setEmailSafe(boolean emailSafe) {
    this.emailSafe = emailSafe;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getInvitedBy() {
    return invitedBy;
  }

  public void setInvitedBy(String invitedBy) {
    this.invitedBy = invitedBy;
  }

  public String getInvitation() {
    return invitation;
  }

  public void setInvitation(String invitation) {
    this.invitation = invitation;
  }
}
