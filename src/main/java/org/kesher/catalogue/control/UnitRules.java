package org.kesher.catalogue.control;

import java.util.List;
import java.util.regex.Pattern;
import org.kesher.catalogue.control.CatalogueRules.Violation;
import org.kesher.ground.control.EmailAddress;

/**
 * The rules for a unit and its staffing: its code, kind and names, the contact details residents
 * see, that the intake desk stays active, that no unit with active routing rules is switched off,
 * and that a unit receiving sealed request types may own sealed cases and has staff to see them
 * ({@link SealedCaseCover}).
 */
record UnitRules(CatalogueSnapshot catalogue) {

  private static final Pattern PHONES = Pattern.compile("[0-9+()\\-, ]*[0-9][0-9+()\\-, ]*");

  static final int UNIT_NAME = 160;
  static final int UNIT_SERVICES = 1000;
  static final int CONTACT = 250;

  /** A unit, new or changed, against the rest of the catalogue. */
  List<Violation> check(UnitDraft unit) {
    var found = new Findings();
    found.uniqueCode(unit.code(), unit.id(), catalogue.units(), UnitDraft::id, UnitDraft::code);
    found.chosen(unit.kind(), "kind");
    found.chosen(unit.assignmentPolicy(), "assignmentPolicy");
    found.allThree(unit.name(), "name", UNIT_NAME);
    found.allThree(unit.services(), "services", UNIT_SERVICES);
    found.optionalThree(unit.address(), "address", CONTACT);
    found.optionalThree(unit.contactPerson(), "contactPerson", CONTACT);
    if (!Texts.blank(unit.phones())) {
      found.longest(unit.phones(), "phones", CONTACT);
      if (!PHONES.matcher(unit.phones().strip()).matches()) {
        found.add("phones", "check.phones");
      }
    }
    if (!Texts.blank(unit.email())) {
      found.longest(unit.email(), "email", CONTACT);
      // one address or several, separated by commas, as the seed gives some centres
      if (!java.util.Arrays.stream(unit.email().split(",", -1))
          .allMatch(address -> EmailAddress.isPlausible(address.strip()))) {
        found.add("email", "check.email");
      }
    }
    if (unit.intakeDesk() && !unit.active()) {
      found.add("active", "check.intakeDeskStays");
    }
    if (unit.id() != null) {
      routedHere(unit, found);
    }
    return found.list();
  }

  /** What the routing rules pointing at a unit already saved ask of it. */
  private void routedHere(UnitDraft unit, Findings found) {
    List<RuleDraft> routedHere =
        catalogue.rules().stream().filter(r -> r.active() && unit.id().equals(r.unitId())).toList();
    if (!unit.active() && !routedHere.isEmpty()) {
      found.add("active", "check.unitHasRules", routedHere.size());
    }
    if (!unit.mayOwnSealedCases()
        && routedHere.stream()
            .anyMatch(
                r -> catalogue.type(r.requestTypeId()).filter(TypeDraft::isSealed).isPresent())) {
      found.add("kind", "check.unitOwnsSealed");
    }
    if (SealedCaseCover.blindedBy(catalogue, catalogue.with(unit)).contains(unit.id())) {
      found.add("assignmentPolicy", "check.sealedUnseen");
    }
  }
}
