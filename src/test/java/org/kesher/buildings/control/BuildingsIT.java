package org.kesher.buildings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.buildings.entity.Building;
import org.kesher.buildings.entity.CommitteeRole;
import org.kesher.buildings.entity.OwnerLetterKind;
import org.kesher.cases.control.CaseLookup;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.catalogue.entity.Locality;
import org.kesher.ground.control.Language;
import org.kesher.testing.FiredEvents;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * Buildings on MariaDB and H2: a house-committee request opens a building, a second request from
 * the same address joins it as it arrives, a mediation case is linked to it by its own unit, and
 * each viewer reads the building's cases exactly as the visibility rule lets them (every cell of
 * the table asserted); only the unit that keeps the building changes its committee and writes to
 * its defaulting owner, and each change is a step of its history.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class BuildingsIT {

  private static final Instant T0 = Instant.parse("2026-12-06T08:00:00Z");

  @Parameter TestJpa.Engine engine;

  private static Buildings buildings(EntityManager em) {
    var lookup = new CaseLookup(em, new FiredEvents<>());
    var buildings = new Buildings();
    buildings.em = em;
    buildings.lookup = lookup;
    buildings.clock = Clock.fixed(T0, ZoneOffset.UTC);
    return buildings;
  }

  private static HouseCommittees committees(EntityManager em) {
    var committees = new HouseCommittees();
    committees.em = em;
    committees.accessed = new FiredEvents<>();
    committees.clock = Clock.fixed(T0, ZoneOffset.UTC);
    return committees;
  }

  private static long staff(EntityManager em, String name, String unit, StaffRole role) {
    return PhoneCases.staff(em, name, unit, role, T0).id();
  }

  private static Viewer viewer(EntityManager em, long id) {
    return Viewer.of(em.find(StaffAccount.class, id));
  }

  private static String open(EntityManager em, int n, String type, String unit, String address) {
    Locality haifa =
        em.createQuery("SELECT l FROM Locality l WHERE l.code = 'HAIFA'", Locality.class)
            .getSingleResult();
    CaseFile c =
        PhoneCases.open(
            em,
            new CaseReference(2026, 810_000 + n),
            PhoneCases.type(em, type),
            PhoneCases.unit(em, unit),
            haifa,
            address == null ? "{}" : "{\"building_address\": \"" + address + "\"}",
            T0);
    em.flush();
    return c.reference().toString();
  }

  @Test
  void aBuildingGathersItsCasesAndEachViewerReadsThemThroughTheVisibilityRule() throws Exception {
    try (TestJpa db = TestJpa.freshDatabase(engine, "kesher_buildings")) {
      long keeper = db.inTransaction(em -> staff(em, "b.keeper", "HOUSING_CULTURE", null));
      long mediator = db.inTransaction(em -> staff(em, "b.mediator", "MEDIATION", null));
      long other = db.inTransaction(em -> staff(em, "b.other", "SENIORS", null));
      long desk = db.inTransaction(em -> staff(em, "b.desk", null, StaffRole.INTAKE_COORDINATOR));
      String first =
          db.inTransaction(
              em -> open(em, 1, "HOUSE_COMMITTEE", "HOUSING_CULTURE", "רחוב הרצל 12, חיפה"));
      long building =
          db.inTransaction(
              em -> {
                var offer = buildings(em).offer(viewer(em, keeper), first);
                assertEquals("רחוב הרצל", offer.written().street());
                assertTrue(offer.linked() == null && offer.match() == null, "nothing known yet");
                return buildings(em)
                    .open(viewer(em, keeper), first, offer.written().street(), "12", "א, ב")
                    .id();
              });
      String second =
          db.inTransaction(
              em -> {
                String ref = open(em, 2, "HOUSE_COMMITTEE", "HOUSING_CULTURE", "הרצל 12");
                buildings(em).linkIfKnown(find(em, ref));
                return ref;
              });
      String mediation = db.inTransaction(em -> open(em, 3, "MEDIATION", "MEDIATION", null));
      db.run(
          em -> {
            assertEquals(
                building,
                buildings(em).offer(viewer(em, keeper), second).linked().id(),
                "the second request joined the building as it arrived");
            assertThrows(
                org.kesher.cases.control.CaseNotFound.class,
                () -> buildings(em).link(viewer(em, keeper), mediation, building),
                "the keeper may not see a restricted case of another unit, let alone link it");
            buildings(em).link(viewer(em, mediator), mediation, building);
          });

      //                 first second mediation
      Map<String, String> table = new LinkedHashMap<>();
      table.put("keeper", "Y Y -");
      table.put("mediator", "- - Y");
      table.put("other unit", "- - -");
      table.put("intake desk", "Y Y -");
      Map<String, Long> who =
          Map.of("keeper", keeper, "mediator", mediator, "other unit", other, "intake desk", desk);
      List<String> refs = List.of(first, second, mediation);
      List<String> wrong = new ArrayList<>();
      int cells =
          db.inTransaction(
              em -> {
                Building b = em.find(Building.class, building);
                int counted = 0;
                for (var row : table.entrySet()) {
                  List<String> seen =
                      buildings(em).cases(viewer(em, who.get(row.getKey())), b).stream()
                          .map(c -> c.reference().toString())
                          .toList();
                  String[] expected = row.getValue().split(" ");
                  for (int i = 0; i < refs.size(); i++) {
                    counted++;
                    if (seen.contains(refs.get(i)) != expected[i].equals("Y")) {
                      wrong.add(row.getKey() + " / case " + i + ": " + seen);
                    }
                  }
                }
                return counted;
              });
      System.out.println("building cases table on " + engine + ": " + cells + " cells");
      assertEquals(List.of(), wrong);

      db.run(
          em -> {
            var committees = committees(em);
            committees.addMember(
                viewer(em, keeper),
                building,
                "Dina Chair",
                "050-1",
                null,
                CommitteeRole.CHAIR,
                true);
            committees.addMember(
                viewer(em, keeper), building, "Eli Member", null, null, CommitteeRole.MEMBER, true);
            committees.elected(viewer(em, keeper), building, LocalDate.of(2026, 11, 1));
            var letter =
                committees.ownerLetter(
                    viewer(em, keeper),
                    building,
                    "Owner Name",
                    "4",
                    OwnerLetterKind.FIRST_NOTICE,
                    Language.AR);
            assertEquals("Owner Name", letter.owner());
            assertEquals(
                "building.notKeeper",
                assertThrows(
                        CaseRuleViolation.class,
                        () ->
                            committees.addMember(
                                viewer(em, other), building, "X", null, null, null, false))
                    .code());
          });
      db.run(
          em -> {
            Building b = em.find(Building.class, building);
            var committees = committees(em);
            var members = committees.members(b);
            assertEquals(2, members.size());
            assertTrue(
                !members.get(0).contactPerson() && members.get(1).contactPerson(),
                "one contact person: the latest named");
            assertEquals(LocalDate.of(2026, 11, 1), b.committeeElectedOn().orElseThrow());
            assertEquals(
                List.of(
                    "BUILDING_OPENED",
                    "CASE_LINKED",
                    "CASE_LINKED",
                    "CASE_LINKED",
                    "MEMBER_ADDED",
                    "MEMBER_ADDED",
                    "COMMITTEE_ELECTED",
                    "OWNER_LETTER"),
                committees.history(b).stream().map(s -> s.kind().name()).toList());
            assertTrue(
                committees.history(b).get(7).note().orElseThrow().contains("Owner Name (4)"));
          });
    }
  }

  private static CaseFile find(EntityManager em, String reference) {
    return em.createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
        .setParameter("reference", reference)
        .getSingleResult();
  }
}
