package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.control.UnitMemberships;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.cases.entity.CaseReference;
import org.kesher.catalogue.control.Staffing;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * The count of sealed cases nobody may see, per unit, and the staffing the catalogue rules read, on
 * MariaDB and on H2 (the embedded default).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class StrandedCasesIT {

  @Parameter TestJpa.Engine engine;

  private int next = 1;

  @Test
  void sealedCasesWithoutHeadOrAssigneeAreCountedPerUnitUntilAHeadIsAppointed() {
    try (TestJpa jpa = TestJpa.freshDatabase(engine, "kesher_stranded")) {
      jpa.run(
          em -> {
            Unit social = unit(em, "SOCIAL_SERVICES");
            Unit aluma = unit(em, "PROTECTION_ALUMA");
            Unit einTzurim = unit(em, "PROTECTION_EIN_TZURIM");
            Unit mediation = unit(em, "MEDIATION");
            StaffAccount socialMember = staff(em, "social.member", social, MemberRole.MEMBER);
            StaffAccount gone = staff(em, "gone", null, null);
            gone.setEnabled(false);
            staff(em, "aluma.head", aluma, MemberRole.HEAD);
            staff(em, "ein.member", einTzurim, MemberRole.MEMBER);
            StaffAccount formerHead = staff(em, "former.head", einTzurim, MemberRole.HEAD);
            formerHead.setEnabled(false);

            caseOf(em, "PROTECTION_CONTACT", social, null);
            caseOf(em, "PROTECTION_CONTACT", social, gone);
            caseOf(em, "PROTECTION_CONTACT", social, socialMember);
            caseOf(em, "PROTECTION_CONTACT", aluma, null);
            caseOf(em, "PROTECTION_CONTACT", einTzurim, null);
            caseOf(em, "MEDIATION", mediation, null);
          });

      assertEquals(
          Map.of("SOCIAL_SERVICES", 2L, "PROTECTION_EIN_TZURIM", 1L), counted(jpa, Language.EN));
      String line =
          StrandedReport.line(jpa.inTransaction(em -> StrandedCases.perUnit(em, Language.EN)))
              .orElseThrow();
      assertTrue(line.contains("Social Services Department (SOCIAL_SERVICES): 2"), line);
      assertTrue(line.contains("(PROTECTION_EIN_TZURIM): 1"), line);
      assertFalse(line.contains("KS-"), "no reference: " + line);
      assertEquals(
          "الخدمات",
          jpa.inTransaction(em -> StrandedCases.perUnit(em, Language.AR))
              .get(0)
              .unitName()
              .split(" ")[1]);

      Map<Long, Staffing> staffing = jpa.inTransaction(em -> new UnitMemberships(em).byUnit());
      jpa.run(
          em -> {
            assertEquals(new Staffing(0, 1), staffing.get(unit(em, "SOCIAL_SERVICES").id()));
            assertEquals(new Staffing(1, 1), staffing.get(unit(em, "PROTECTION_ALUMA").id()));
            assertEquals(new Staffing(0, 1), staffing.get(unit(em, "PROTECTION_EIN_TZURIM").id()));
            assertEquals(null, staffing.get(unit(em, "MEDIATION").id()));
          });

      jpa.run(em -> staff(em, "social.head", unit(em, "SOCIAL_SERVICES"), MemberRole.HEAD));
      assertEquals(Map.of("PROTECTION_EIN_TZURIM", 1L), counted(jpa, Language.EN));
      jpa.run(em -> staff(em, "ein.head", unit(em, "PROTECTION_EIN_TZURIM"), MemberRole.HEAD));
      assertEquals(Map.of(), counted(jpa, Language.EN));
      assertTrue(StrandedReport.line(java.util.List.of()).isEmpty());
    }
  }

  private static Map<String, Long> counted(TestJpa jpa, Language language) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jpa.inTransaction(em -> StrandedCases.perUnit(em, language))
        .forEach(s -> counts.put(s.unitCode(), s.count()));
    return counts;
  }

  private static Unit unit(EntityManager em, String code) {
    return em.createNamedQuery(Unit.BY_CODE, Unit.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private static StaffAccount staff(
      EntityManager em, String username, Unit unit, MemberRole memberRole) {
    var account = new StaffAccount(username, username, "not-a-login", Language.HE, Instant.now());
    account.grant(StaffRole.CASEWORKER);
    em.persist(account);
    if (unit != null) {
      em.persist(account.joinUnit(unit, memberRole));
    }
    return account;
  }

  private void caseOf(EntityManager em, String typeCode, Unit unit, StaffAccount assignee) {
    var caseFile =
        PhoneCases.open(
            em,
            new CaseReference(2026, 800_000 + next++),
            PhoneCases.type(em, typeCode),
            unit,
            "Stranded " + next,
            Instant.now());
    if (assignee != null) {
      caseFile.assignTo(assignee, null, Instant.now());
    }
  }
}
