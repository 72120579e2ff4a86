package org.kesher.buildings.boundary;

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
 * The building card of a case's page: the building the case belongs to, or the known building its
 * address matches (offered to link), or a building to open at the address its request wrote.
 */
@Named
@ViewScoped
public class BuildingCard implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffViewer staff;

  @Inject CurrentStaff current;

  @Inject BuildingDesk desk;

  private BuildingDesk.Card card;
  private String street;
  private String number;
  private String entrances;

  @RolesAllowed("STAFF")
  public BuildingDesk.Card card(String reference) {
    if (card == null) {
      card = desk.card(staff.viewer(), reference);
      if (street == null) {
        street = card.street();
        number = card.number();
      }
    }
    return card;
  }

  @RolesAllowed("STAFF")
  public String open(String reference) {
    return act(reference, () -> desk.open(staff.viewer(), reference, street, number, entrances));
  }

  @RolesAllowed("STAFF")
  public String link(String reference, long building) {
    return act(reference, () -> desk.link(staff.viewer(), reference, building));
  }

  private String act(String reference, Runnable change) {
    try {
      change.run();
    } catch (CaseRuleViolation refused) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, refused.code());
      return null;
    }
    StaffMessages.say(current.locale(), FacesMessage.SEVERITY_INFO, "building.linkedDone");
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/staff/case.xhtml?faces-redirect=true&ref=" + reference;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getEntrances() {
    return entrances;
  }

  public void setEntrances(String entrances) {
    this.entrances = entrances;
  }
}
