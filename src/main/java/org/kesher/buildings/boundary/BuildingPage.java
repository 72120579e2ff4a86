package org.kesher.buildings.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.buildings.entity.CommitteeRole;
import org.kesher.buildings.entity.OwnerLetterKind;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Language;

/**
 * A building's page ({@code building.xhtml?id=...}): its address and the cases of it the viewer may
 * see; for the unit that keeps it, its house committee, its history and the defaulting-owner
 * letters and steps. An unknown building answers 404.
 */
@Named
@ViewScoped
public class BuildingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffViewer staff;

  @Inject CurrentStaff current;

  @Inject BuildingDesk desk;

  private long id;
  private BuildingDesk.BuildingView view;
  private String name;
  private String phone;
  private String email;
  private String role = CommitteeRole.MEMBER.name();
  private boolean contact;
  private String electedOn;
  private String step;
  private String refused;
  private String owner;
  private String apartment;
  private String letterKind = OwnerLetterKind.FIRST_NOTICE.name();
  private String letterLanguage = Language.HE.code();

  /** The page's view action. */
  @RolesAllowed("STAFF")
  public void load() throws IOException {
    if (refused != null && refused.matches("building\\.[A-Za-z]{1,40}")) {
      // a letter the owner-letter download refused comes back here with its reason
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, refused);
    }
    try {
      view = desk.view(staff.viewer(), id, current.language());
    } catch (CaseRuleViolation unknown) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
    }
  }

  @RolesAllowed("STAFF")
  public String addMember() {
    return act(
        () ->
            desk.addMember(
                staff.viewer(), id, name, phone, email, CommitteeRole.valueOf(role), contact),
        "building.memberAdded");
  }

  @RolesAllowed("STAFF")
  public String removeMember(long member) {
    return act(() -> desk.removeMember(staff.viewer(), id, member), "building.memberRemoved");
  }

  @RolesAllowed("STAFF")
  public String elect() {
    return act(
        () -> {
          try {
            desk.elected(staff.viewer(), id, LocalDate.parse(electedOn == null ? "" : electedOn));
          } catch (DateTimeParseException notADay) {
            throw new CaseRuleViolation("building.electedAhead", "not a day");
          }
        },
        "building.electedDone");
  }

  @RolesAllowed("STAFF")
  public String recordStep() {
    return act(() -> desk.ownerStep(staff.viewer(), id, step), "building.stepDone");
  }

  private String act(Runnable change, String done) {
    try {
      change.run();
    } catch (CaseRuleViolation refused) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, refused.code());
      return null;
    }
    StaffMessages.say(current.locale(), FacesMessage.SEVERITY_INFO, done);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/staff/building.xhtml?faces-redirect=true&id=" + id;
  }

  /** A moment of the history in the staff member's language and Israel's time. */
  @jakarta.annotation.security.PermitAll
  public String date(java.time.Instant at) {
    return org.kesher.ground.control.Israel.dateTime(current.locale(), at);
  }

  public BuildingDesk.BuildingView getView() {
    return view;
  }

  public List<String> getRoles() {
    return java.util.Arrays.stream(CommitteeRole.values()).map(Enum::name).toList();
  }

  public List<String> getLetterKinds() {
    return java.util.Arrays.stream(OwnerLetterKind.values()).map(Enum::name).toList();
  }

  public List<Language> getLanguages() {
    return List.of(Language.values());
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
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

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public boolean isContact() {
    return contact;
  }

  public void setContact(boolean contact) {
    this.contact = contact;
  }

  public String getElectedOn() {
    return electedOn;
  }

  public void setElectedOn(String electedOn) {
    this.electedOn = electedOn;
  }

  public String getRefused() {
    return refused;
  }

  public void setRefused(String refused) {
    this.refused = refused;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getApartment() {
    return apartment;
  }

  public void setApartment(String apartment) {
    this.apartment = apartment;
  }

  public String getLetterKind() {
    return letterKind;
  }

  public void setLetterKind(String letterKind) {
    this.letterKind = letterKind;
  }

  public String getLetterLanguage() {
    return letterLanguage;
  }

  public void setLetterLanguage(String letterLanguage) {
    this.letterLanguage = letterLanguage;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }
}
