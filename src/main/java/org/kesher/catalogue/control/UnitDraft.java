package org.kesher.catalogue.control;

import org.kesher.catalogue.entity.AssignmentPolicy;
import org.kesher.catalogue.entity.Unit;
import org.kesher.catalogue.entity.UnitKind;

/** A unit as an administrator means to save it (id null for a new one). */
public record UnitDraft(
    Long id,
    String code,
    UnitKind kind,
    Texts name,
    Texts services,
    Texts address,
    Texts contactPerson,
    String phones,
    String email,
    AssignmentPolicy assignmentPolicy,
    boolean intakeDesk,
    boolean active)
    implements java.io.Serializable {

  public static UnitDraft of(Unit unit) {
    return new UnitDraft(
        unit.id(),
        unit.code(),
        unit.kind(),
        Texts.of(unit.name()),
        Texts.of(unit.services()),
        Texts.of(unit.address().orElse(null)),
        Texts.of(unit.contactPerson().orElse(null)),
        unit.phones().orElse(null),
        unit.email().orElse(null),
        unit.assignmentPolicy(),
        unit.isIntakeDesk(),
        unit.isActive());
  }

  /** Whether a unit of this kind may own sealed cases (DOMAIN.md: protection contacts go there). */
  public boolean mayOwnSealedCases() {
    return kind == UnitKind.PROTECTION_TEAM || kind == UnitKind.SOCIAL_SERVICES;
  }
}
