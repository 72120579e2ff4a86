package org.kesher.catalogue.control;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kesher.catalogue.control.CatalogueRules.Violation;

/**
 * The rules for a routing rule: an existing, active unit, an existing type and locality, a priority
 * in range, no second active rule for the same match, sealed types only to units that may own
 * sealed cases and are seen there, and no active sealed type left without a route for any locality.
 */
record RoutingRules(CatalogueSnapshot catalogue) {

  static final int MAX_PRIORITY = 1000;

  /** A routing rule, new or changed (switched off included), against the catalogue. */
  List<Violation> check(RuleDraft rule) {
    var found = new Findings();
    Optional<UnitDraft> unit = catalogue.unit(rule.unitId());
    Optional<TypeDraft> type = catalogue.type(rule.requestTypeId());
    if (rule.unitId() == null) {
      found.add("unit", "check.required");
    } else if (unit.isEmpty()) {
      found.add("unit", "check.noSuchUnit");
    } else if (rule.active() && !unit.get().active()) {
      found.add("unit", "check.unitInactive");
    }
    if (rule.requestTypeId() != null && type.isEmpty()) {
      found.add("type", "check.noSuchType");
    }
    if (rule.localityId() != null && !catalogue.localityIds().contains(rule.localityId())) {
      found.add("locality", "check.noSuchLocality");
    }
    if (rule.priority() < 1 || rule.priority() > MAX_PRIORITY) {
      found.add("priority", "check.range", 1, MAX_PRIORITY);
    }
    if (rule.active()
        && catalogue.rules().stream()
            .anyMatch(
                r -> r.active() && !Objects.equals(r.id(), rule.id()) && r.sameMatchAs(rule))) {
      found.add("type", "check.sameMatch");
    }
    if (rule.active()
        && type.filter(TypeDraft::isSealed).isPresent()
        && unit.filter(UnitDraft::mayOwnSealedCases).isEmpty()
        && unit.isPresent()) {
      found.add("unit", "check.sealedUnit");
    }
    CatalogueSnapshot after = catalogue.with(rule);
    if (!SealedCaseCover.blindedBy(catalogue, after).isEmpty()) {
      found.add("unit", "check.sealedUnseen");
    }
    if (rule.id() != null) {
      catalogue.rules().stream()
          .filter(r -> rule.id().equals(r.id()))
          .findFirst()
          .flatMap(before -> catalogue.type(before.requestTypeId()))
          .filter(t -> t.isSealed() && t.active() && !after.hasSealedCatchAll(t.id()))
          .ifPresent(t -> found.add("active", "check.sealedNeedsRoute"));
    }
    return found.list();
  }
}
