package org.kesher.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.catalogue.control.CatalogueDrafts.aField;
import static org.kesher.catalogue.control.CatalogueDrafts.aRule;
import static org.kesher.catalogue.control.CatalogueDrafts.aType;
import static org.kesher.catalogue.control.CatalogueDrafts.aUnit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kesher.catalogue.control.CatalogueRules.Violation;
import org.kesher.catalogue.control.TypeDrafts.TypeBuilder;
import org.kesher.catalogue.entity.AssignmentPolicy;
import org.kesher.catalogue.entity.UnitKind;

/** No change of the catalogue lets a sealed case land in a unit where no one may see it. */
class SealedCaseCoverTest {

  static final long SOCIAL = 2;
  static final long PROTECTION_UNIT = 8;
  static final long OTHER_PROTECTION_UNIT = 9;
  static final long PROTECTION = 3;
  static final long ALUMA = 12;
  static final long EIN_TZURIM = 13;

  private final Map<Long, Staffing> staffing = new HashMap<>();

  private static UnitDraft unit(long id, UnitKind kind, AssignmentPolicy policy) {
    return aUnit("UNIT_" + id).id(id).kind(kind).policy(policy).build();
  }

  /** A protection rule for Ein Tzurim, to the protection unit that has none yet. */
  private static RuleDraft einTzurimRoute() {
    return aRule().forType(PROTECTION).inLocality(EIN_TZURIM).toUnit(OTHER_PROTECTION_UNIT).build();
  }

  private static TypeBuilder protectionContact() {
    return aType("PROTECTION_CONTACT").id(PROTECTION).withField(aField("concern"));
  }

  private List<UnitDraft> units =
      List.of(
          unit(SOCIAL, UnitKind.SOCIAL_SERVICES, AssignmentPolicy.UNIT_HEAD),
          unit(PROTECTION_UNIT, UnitKind.PROTECTION_TEAM, AssignmentPolicy.UNIT_HEAD),
          unit(OTHER_PROTECTION_UNIT, UnitKind.PROTECTION_TEAM, AssignmentPolicy.UNIT_HEAD));

  private final TypeDraft sealed = protectionContact().sealed().build();

  private final List<RuleDraft> rules =
      List.of(
          aRule().id(1L).forType(PROTECTION).inLocality(ALUMA).toUnit(PROTECTION_UNIT).build(),
          aRule().id(2L).forType(PROTECTION).toUnit(SOCIAL).build());

  private CatalogueSnapshot catalogue() {
    return new CatalogueSnapshot(
        units, List.of(sealed), Set.of(ALUMA, EIN_TZURIM), rules, staffing);
  }

  private CatalogueRules catalogueRules() {
    return new CatalogueRules(catalogue());
  }

  private static boolean refusedAsUnseen(List<Violation> found, String field) {
    return found.stream()
        .anyMatch(v -> v.key().equals("check.sealedUnseen") && v.field().equals(field));
  }

  @Test
  void aFreshInstallWithNoStaffPassesAndItsSealedUnitsAreReported() {
    assertEquals(Set.of(), SealedCaseCover.blind(catalogue()));
    assertEquals(Set.of(SOCIAL, PROTECTION_UNIT), SealedCaseCover.unstaffed(catalogue()));
    assertEquals(List.of(), catalogueRules().check(units.get(0)));
  }

  @Test
  void aUnitWithStaffButNoHeadMayNotLeaveSealedCasesForTheHead() {
    staffing.put(SOCIAL, new Staffing(0, 2));
    units =
        List.of(
            unit(SOCIAL, UnitKind.SOCIAL_SERVICES, AssignmentPolicy.LEAST_OPEN),
            units.get(1),
            units.get(2));
    UnitDraft leaveForHead = unit(SOCIAL, UnitKind.SOCIAL_SERVICES, AssignmentPolicy.UNIT_HEAD);

    assertTrue(
        refusedAsUnseen(catalogueRules().check(leaveForHead), "assignmentPolicy"),
        "members but no head: sealed cases would stay unassigned and unseen");
    staffing.put(SOCIAL, new Staffing(1, 2));
    assertEquals(List.of(), catalogueRules().check(leaveForHead), "a head sees them");
  }

  @Test
  void aSealedTypeIsNotRoutedToAUnitWithStaffAndNoHead() {
    staffing.put(OTHER_PROTECTION_UNIT, new Staffing(0, 1));
    var rule = einTzurimRoute();

    assertTrue(refusedAsUnseen(catalogueRules().check(rule), "unit"));
    staffing.put(OTHER_PROTECTION_UNIT, new Staffing(1, 1));
    assertEquals(List.of(), catalogueRules().check(rule));
  }

  @Test
  void routingToAUnitNobodyWorksInYetIsAllowedAndReported() {
    var rule = einTzurimRoute();

    assertEquals(List.of(), catalogueRules().check(rule));
    assertTrue(SealedCaseCover.unstaffed(catalogue().with(rule)).contains(OTHER_PROTECTION_UNIT));
  }

  @Test
  void aUnitThatHandsCasesToItsMembersSeesThemWithoutAHead() {
    staffing.put(OTHER_PROTECTION_UNIT, new Staffing(0, 1));
    units =
        List.of(
            units.get(0),
            units.get(1),
            unit(OTHER_PROTECTION_UNIT, UnitKind.PROTECTION_TEAM, AssignmentPolicy.ROUND_ROBIN));
    var rule = einTzurimRoute();

    assertEquals(List.of(), catalogueRules().check(rule));
  }

  @Test
  void aTypeMadeSealedIsRefusedWhileItsUnitCouldNotSeeIt() {
    staffing.put(PROTECTION_UNIT, new Staffing(0, 3));
    var standard = protectionContact().build();
    var before = new CatalogueSnapshot(units, List.of(standard), Set.of(ALUMA), rules, staffing);

    assertTrue(refusedAsUnseen(new CatalogueRules(before).check(sealed), "confidentiality"));
  }

  @Test
  void aUnitAlreadyUnseeingDoesNotBlockUnrelatedChanges() {
    staffing.put(PROTECTION_UNIT, new Staffing(0, 3));
    assertEquals(Set.of(PROTECTION_UNIT), SealedCaseCover.blind(catalogue()));

    assertEquals(List.of(), catalogueRules().check(units.get(1)));
    assertEquals(List.of(), catalogueRules().check(units.get(0)));
  }
}
