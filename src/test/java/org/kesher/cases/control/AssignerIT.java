package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * Fewest open cases first, on MariaDB and H2: only the unit's open cases count (not its closed
 * ones, not the member's cases in another unit), a disabled member and a non-member get nothing.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class AssignerIT {

  private static final Instant NOW = Instant.parse("2026-12-08T08:00:00Z");

  @Parameter TestJpa.Engine engine;

  private int next = 1;

  @Test
  void theMemberWithFewestOpenCasesOfTheUnitGetsTheNextOne() {
    try (var jpa = TestJpa.freshDatabase(engine, "assigner_" + engine.name().toLowerCase())) {
      jpa.run(
          em ->
              em.createNativeQuery(
                      "UPDATE community_unit SET assignment_policy = 'LEAST_OPEN'"
                          + " WHERE code = 'MEDIATION'")
                  .executeUpdate());
      jpa.run(
          em -> {
            Unit mediation = PhoneCases.unit(em, "MEDIATION");
            Unit social = PhoneCases.unit(em, "SOCIAL_SERVICES");
            StaffAccount ayala = member(em, "ayala", mediation, true);
            StaffAccount boaz = member(em, "boaz", mediation, true);
            member(em, "carmel", mediation, false);
            member(em, "dvir", social, true);
            cases(em, mediation, ayala, 1, CaseStatus.ASSIGNED);
            cases(em, mediation, ayala, 4, CaseStatus.RESOLVED);
            cases(em, social, ayala, 3, CaseStatus.ASSIGNED);
            cases(em, mediation, boaz, 2, CaseStatus.IN_PROGRESS);
          });
      assertEquals("ayala", chosen(jpa), "1 open case in the unit against 2");
      jpa.run(
          em ->
              cases(
                  em,
                  PhoneCases.unit(em, "MEDIATION"),
                  account(em, "ayala"),
                  2,
                  CaseStatus.WAITING_FOR_RESIDENT));
      assertEquals("boaz", chosen(jpa), "3 open cases against 2");
    }
  }

  private static String chosen(TestJpa jpa) {
    return jpa.inTransaction(
        em -> {
          var assigner = new Assigner();
          assigner.em = em;
          return assigner
              .nextAssignee(PhoneCases.unit(em, "MEDIATION"))
              .map(StaffAccount::username)
              .orElse("nobody");
        });
  }

  private static StaffAccount account(EntityManager em, String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getSingleResult();
  }

  private static StaffAccount member(EntityManager em, String name, Unit unit, boolean enabled) {
    var account = new StaffAccount(name, name, "not-a-login", Language.HE, NOW);
    account.grant(StaffRole.CASEWORKER);
    account.setEnabled(enabled);
    em.persist(account);
    em.persist(account.joinUnit(unit, MemberRole.MEMBER));
    return account;
  }

  private void cases(EntityManager em, Unit unit, StaffAccount to, int count, CaseStatus status) {
    for (int i = 0; i < count; i++) {
      var c =
          PhoneCases.open(
              em,
              new CaseReference(2026, 700_000 + next++),
              PhoneCases.type(em, "GENERAL"),
              unit,
              "Caller " + next,
              NOW);
      c.assignTo(to, null, NOW);
      if (status == CaseStatus.IN_PROGRESS
          || status == CaseStatus.WAITING_FOR_RESIDENT
          || status == CaseStatus.RESOLVED) {
        c.moveTo(CaseStatus.IN_PROGRESS, null, NOW);
      }
      if (status == CaseStatus.WAITING_FOR_RESIDENT || status == CaseStatus.RESOLVED) {
        c.moveTo(status, null, NOW);
      }
    }
  }
}
