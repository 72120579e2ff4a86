package org.kesher.emergency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.entity.StaffRole;
import org.kesher.cases.control.CaseAnonymised;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.catalogue.entity.Locality;
import org.kesher.emergency.entity.Household;
import org.kesher.emergency.entity.Registration;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * The emergency special-needs register on MariaDB and H2: a request to register special needs joins
 * its settlement's register (one to join the team does not); the register is sealed at rest and
 * read in door-to-door order; who sees which register, every cell of the table asserted (its team
 * and social services only); and an erased case takes its entry with it.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class EmergencyRegisterIT {

  private static final Instant T0 = Instant.parse("2026-11-01T08:00:00Z");
  private static final List<String> TEAMS =
      List.of(
          "EMERGENCY_EVEN_SHMUEL",
          "EMERGENCY_MERKAZ_SHAPIRA",
          "EMERGENCY_ALUMA",
          "EMERGENCY_EIN_TZURIM");

  @Parameter TestJpa.Engine engine;

  private static EmergencyRegister register(EntityManager em) {
    var register = new EmergencyRegister();
    register.em = em;
    register.clock = Clock.fixed(T0, ZoneOffset.UTC);
    return register;
  }

  private static Viewer staff(EntityManager em, String name, String unit, StaffRole role) {
    return Viewer.of(PhoneCases.staff(em, name, unit, role, T0));
  }

  private static CaseFile request(
      EntityManager em, int number, String team, String place, String answers) {
    Locality locality =
        em.createQuery("SELECT l FROM Locality l WHERE l.code = :c", Locality.class)
            .setParameter("c", place)
            .getSingleResult();
    return PhoneCases.open(
        em,
        new CaseReference(2026, number),
        PhoneCases.type(em, "EMERGENCY_TEAM"),
        PhoneCases.unit(em, team),
        locality,
        answers,
        T0);
  }

  private static String needs(String street, String house, String needs) {
    return "{\"registration_kind\":\"REGISTER_SPECIAL_NEEDS\",\"street\":\""
        + street
        + "\",\"house_number\":\""
        + house
        + "\",\"needs\":["
        + needs
        + "],\"special_needs\":\"Oxygen machine in the bedroom\",\"household_size\":2}";
  }

  @Test
  void aSettlementsRegisterIsItsTeamsAndSocialServicesAlone() {
    try (TestJpa db = TestJpa.freshDatabase(engine, "kesher_register")) {
      long first =
          db.inTransaction(
              em -> {
                var register = register(em);
                CaseFile herzl10 =
                    request(
                        em,
                        1,
                        "EMERGENCY_EVEN_SHMUEL",
                        "EVEN_SHMUEL",
                        needs("הרצל", "10", "\"OXYGEN\",\"LIVES_ALONE\""));
                CaseFile herzl2 =
                    request(
                        em,
                        2,
                        "EMERGENCY_EVEN_SHMUEL",
                        "EVEN_SHMUEL",
                        needs("הרצל", "2", "\"MOBILITY\""));
                CaseFile alon =
                    request(em, 3, "EMERGENCY_EVEN_SHMUEL", "EVEN_SHMUEL", needs("אלון", "5", ""));
                CaseFile joins =
                    request(
                        em,
                        4,
                        "EMERGENCY_EVEN_SHMUEL",
                        "EVEN_SHMUEL",
                        "{\"registration_kind\":\"JOIN_TEAM\",\"team_area\":\"LOGISTICS\"}");
                CaseFile other =
                    request(
                        em,
                        5,
                        "EMERGENCY_MERKAZ_SHAPIRA",
                        "MERKAZ_SHAPIRA",
                        needs("הגפן", "1", "\"PETS\""));
                em.flush();
                assertTrue(register.register(joins).isEmpty(), "joining the team is no entry");
                long id = register.register(herzl10).orElseThrow().id();
                register.register(herzl2);
                register.register(alon);
                register.register(other);
                return id;
              });

      Map<String, Viewer> viewers =
          db.inTransaction(
              em -> {
                Map<String, Viewer> all = new LinkedHashMap<>();
                all.put("even shmuel team", staff(em, "r.es", "EMERGENCY_EVEN_SHMUEL", null));
                all.put("merkaz shapira team", staff(em, "r.ms", "EMERGENCY_MERKAZ_SHAPIRA", null));
                all.put("social services", staff(em, "r.social", "SOCIAL_SERVICES", null));
                all.put("its protection team", staff(em, "r.prot", "PROTECTION_EVEN_SHMUEL", null));
                all.put("mediation", staff(em, "r.med", "MEDIATION", null));
                all.put("intake desk", staff(em, "r.desk", null, StaffRole.INTAKE_COORDINATOR));
                all.put("manager", staff(em, "r.boss", null, StaffRole.DEPARTMENT_MANAGER));
                all.put("administrator", staff(em, "r.admin", null, StaffRole.ADMINISTRATOR));
                return all;
              });
      Map<String, List<String>> sees =
          Map.of(
              "even shmuel team", List.of("EMERGENCY_EVEN_SHMUEL"),
              "merkaz shapira team", List.of("EMERGENCY_MERKAZ_SHAPIRA"),
              "social services", TEAMS);
      int cells = 0;
      for (var viewer : viewers.entrySet()) {
        List<String> expected = sees.getOrDefault(viewer.getKey(), List.of());
        for (String team : TEAMS) {
          boolean may = expected.contains(team);
          boolean did =
              db.inTransaction(
                  em -> {
                    try {
                      register(em).of(viewer.getValue(), team);
                      return true;
                    } catch (CaseRuleViolation refused) {
                      return false;
                    }
                  });
          assertEquals(may, did, viewer.getKey() + " reading " + team);
          cells++;
        }
        assertEquals(
            expected,
            db.inTransaction(
                em -> register(em).teams(viewer.getValue()).stream().map(u -> u.code()).toList()),
            viewer.getKey() + "'s registers");
        cells++;
      }
      System.out.println("emergency register table on " + engine + ": " + cells + " cells");

      db.run(
          em -> {
            List<Household> round =
                register(em).of(viewers.get("social services"), "EMERGENCY_EVEN_SHMUEL").stream()
                    .map(Registration::household)
                    .toList();
            assertEquals(
                List.of("אלון 5", "הרצל 2", "הרצל 10"),
                round.stream().map(h -> h.street() + " " + h.house()).toList(),
                "door to door");
            Household herzl10 = round.get(2);
            assertEquals(List.of("OXYGEN", "LIVES_ALONE"), herzl10.needs());
            assertEquals("Caller", herzl10.name());
            assertEquals(2, herzl10.size());
            assertEquals("Oxygen machine in the bedroom", herzl10.notes());
          });
      db.run(
          em -> {
            byte[] street =
                (byte[])
                    em.createNativeQuery("SELECT street FROM emergency_registration WHERE id = ?1")
                        .setParameter(1, first)
                        .getSingleResult();
            String raw = new String(street, StandardCharsets.UTF_8);
            assertFalse(raw.contains("הרצל"), "sealed at rest");
          });

      // the yearly confirmation: a task in the team's queue for each entry a year old
      var notices = new org.kesher.testing.FiredEvents<org.kesher.cases.control.CaseNotice>();
      java.util.concurrent.atomic.AtomicLong numbers =
          new java.util.concurrent.atomic.AtomicLong(900);
      java.util.function.Function<Instant, Integer> review =
          at ->
              db.inTransaction(
                  em -> {
                    var yearly = new RegisterReview();
                    yearly.em = em;
                    yearly.opening = new org.kesher.cases.control.CaseOpening();
                    yearly.notices = notices;
                    return yearly.review(
                        at, () -> new CaseReference(2027, numbers.incrementAndGet()));
                  });
      Instant year = T0.plus(Registration.YEAR);
      assertEquals(0, review.apply(year.minusSeconds(1)), "not yet a year");
      assertEquals(4, review.apply(year), "every entry a year old");
      assertEquals(0, review.apply(year.plusSeconds(60)), "one task each");
      assertEquals(
          List.of("REGISTER_CONFIRMATION"),
          notices.fired().stream().map(n -> n.kind().name()).distinct().toList());
      db.run(
          em -> {
            Registration entry = em.find(Registration.class, first);
            CaseFile task = em.find(CaseFile.class, entry.confirmationCaseId().orElseThrow());
            assertEquals("EMERGENCY_EVEN_SHMUEL", task.unit().code(), "in its team's queue");
            assertEquals("TASK", task.channel().name());
            assertTrue(task.answers().contains("הרצל") && task.answers().contains("OXYGEN"));
            assertEquals("Caller", task.requester().name());
          });
      assertEquals(
          "register.notTeam",
          org.junit.jupiter.api.Assertions.assertThrows(
                  CaseRuleViolation.class,
                  () -> db.run(em -> register(em).confirm(viewers.get("social services"), first)))
              .code(),
          "social services read the register; its team confirms it");
      db.run(em -> register(em).confirm(viewers.get("even shmuel team"), first));
      db.run(
          em -> {
            Registration entry = em.find(Registration.class, first);
            assertTrue(entry.confirmationCaseId().isEmpty());
            assertEquals(T0, entry.confirmedAt(), "the fixed clock of the register");
          });

      long erased =
          db.inTransaction(
              em -> {
                long caseId = em.find(Registration.class, first).caseId().orElseThrow();
                var erasure = new RegisterErasure();
                erasure.em = em;
                erasure.on(new CaseAnonymised(caseId));
                return caseId;
              });
      db.run(
          em ->
              assertEquals(
                  0L,
                  em.createQuery(
                          "SELECT COUNT(r) FROM Registration r WHERE r.caseId = :c", Long.class)
                      .setParameter("c", erased)
                      .getSingleResult(),
                  "an erased case takes its entry with it"));
    }
  }
}
