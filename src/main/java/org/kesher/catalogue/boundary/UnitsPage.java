package org.kesher.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.kesher.catalogue.control.CatalogueAdmin.Versioned;
import org.kesher.catalogue.control.UnitDraft;
import org.kesher.catalogue.entity.AssignmentPolicy;
import org.kesher.catalogue.entity.UnitKind;

/** The administrators' units: the list, a new unit, a unit's details, switching one off or on. */
@Named("unitsAdmin")
@ViewScoped
public class UnitsPage extends AdminScreen {

  private static final long serialVersionUID = 1L;

  private List<Versioned<UnitDraft>> units;

  private Long id;
  private long version;
  private boolean intakeDesk;
  private String code;
  private UnitKind kind;
  private AssignmentPolicy assignmentPolicy = AssignmentPolicy.LEAST_OPEN;
  private boolean active = true;
  private TextsInput name = new TextsInput();
  private TextsInput services = new TextsInput();
  private TextsInput address = new TextsInput();
  private TextsInput contactPerson = new TextsInput();
  private String phones;
  private String email;

  @Override
  protected List<String> shownFields() {
    return List.of(
        "code",
        "kind",
        "assignmentPolicy",
        "active",
        "name",
        "services",
        "address",
        "contactPerson",
        "phones",
        "email");
  }

  /** The units as this view showed them, so that a row's button acts on the row it was in. */
  public List<Versioned<UnitDraft>> getUnits() {
    if (units == null) {
      units = admin.units();
    }
    return units;
  }

  public List<UnitKind> getKinds() {
    return List.of(UnitKind.values());
  }

  public List<AssignmentPolicy> getPolicies() {
    return List.of(AssignmentPolicy.values());
  }

  @RolesAllowed("ADMINISTRATOR")
  public void edit(Versioned<UnitDraft> row) {
    clearErrors();
    UnitDraft unit = row.draft();
    id = unit.id();
    version = row.version();
    intakeDesk = unit.intakeDesk();
    code = unit.code();
    kind = unit.kind();
    assignmentPolicy = unit.assignmentPolicy();
    active = unit.active();
    name = new TextsInput(unit.name());
    services = new TextsInput(unit.services());
    address = new TextsInput(unit.address());
    contactPerson = new TextsInput(unit.contactPerson());
    phones = unit.phones();
    email = unit.email();
  }

  @RolesAllowed("ADMINISTRATOR")
  public void startNew() {
    clearErrors();
    id = null;
    version = 0;
    intakeDesk = false;
    code = null;
    kind = null;
    assignmentPolicy = AssignmentPolicy.LEAST_OPEN;
    active = true;
    name = new TextsInput();
    services = new TextsInput();
    address = new TextsInput();
    contactPerson = new TextsInput();
    phones = null;
    email = null;
  }

  @RolesAllowed("ADMINISTRATOR")
  public void save() {
    if (report(admin.saveUnit(draft(code, active), version), "adminCat.saved")) {
      units = null;
      startNew();
    }
  }

  /** Switches a listed unit off or on, through the same rules (a unit rules route to stays on). */
  @RolesAllowed("ADMINISTRATOR")
  public void switchActive(Versioned<UnitDraft> row) {
    UnitDraft unit = row.draft();
    var switched =
        new UnitDraft(
            unit.id(),
            unit.code(),
            unit.kind(),
            unit.name(),
            unit.services(),
            unit.address(),
            unit.contactPerson(),
            unit.phones(),
            unit.email(),
            unit.assignmentPolicy(),
            unit.intakeDesk(),
            !unit.active());
    var outcome = admin.saveUnit(switched, row.version());
    if (outcome.saved()) {
      units = null;
    }
    reportRow(outcome, switched.active() ? "adminCat.switchedOn" : "adminCat.switchedOff");
  }

  private UnitDraft draft(String code, boolean active) {
    return new UnitDraft(
        id,
        code == null ? null : code.strip(),
        kind,
        name.texts(),
        services.texts(),
        address.texts(),
        contactPerson.texts(),
        blankToNull(phones),
        blankToNull(email),
        assignmentPolicy,
        intakeDesk,
        active);
  }

  public boolean isEditing() {
    return id != null;
  }

  public boolean isIntakeDesk() {
    return intakeDesk;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public UnitKind getKind() {
    return kind;
  }

  public void setKind(UnitKind kind) {
    this.kind = kind;
  }

  public AssignmentPolicy getAssignmentPolicy() {
    return assignmentPolicy;
  }

  public void setAssignmentPolicy(AssignmentPolicy assignmentPolicy) {
    this.assignmentPolicy = assignmentPolicy;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public TextsInput getName() {
    return name;
  }

  public TextsInput getServices() {
    return services;
  }

  public TextsInput getAddress() {
    return address;
  }

  public TextsInput getContactPerson() {
    return contactPerson;
  }

  public String getPhones() {
    return phones;
  }

  public void setPhones(String phones) {
    this.phones = phones;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
