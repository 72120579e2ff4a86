package org.kesher.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.cases.control.CaseNotice;
import org.kesher.cases.control.TestQueries;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * A staff member's notices, on MariaDB and H2: written for what is addressed to them, listed and
 * counted only for cases the visibility rule lets them see, and read once for all.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class StaffNoticesIT {

  @Parameter TestJpa.Engine engine;

  private static StaffNotices notices(EntityManager em) {
    var notices = new StaffNotices();
    notices.em = em;
    notices.cases = TestQueries.on(em);
    return notices;
  }

  private static Unit unit(EntityManager em, String code) {
    return em.createNamedQuery(Unit.BY_CODE, Unit.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  @Test
  void noticesOfCasesTheReaderMayNotSeeAreNeitherListedNorCounted() {
    try (TestJpa jpa = TestJpa.freshDatabase(engine, "kesher_staff_notices")) {
      Viewer reader =
          jpa.inTransaction(
              em -> {
                var account =
                    new StaffAccount(
                        "notice.reader",
                        "Notice Reader",
                        "not-a-login",
                        Language.HE,
                        Instant.now());
                em.persist(account);
                Unit mediation = unit(em, "MEDIATION");
                CaseFile mine = open(em, 730_001, "MEDIATION", mediation);
                CaseFile elsewhere = open(em, 730_002, "RIGHTS_INFO", unit(em, "RIGHTS_CENTER"));
                var notices = notices(em);
                notices.on(CaseNotice.assigned(mine, account));
                notices.on(CaseNotice.residentReplied(mine, account));
                notices.on(CaseNotice.assigned(elsewhere, account));
                notices.on(
                    CaseNotice.received(mine, "AAAA-BBBB-CCCC-DDDD")); // to the resident: no notice
                return new Viewer(
                    account.id(), Set.of(StaffRole.CASEWORKER), Set.of(mediation.id()), Set.of());
              });

      jpa.run(
          em -> {
            List<StaffNotices.Line> lines = notices(em).latest(reader);
            assertEquals(
                List.of("ASSIGNED_TO_YOU", "RESIDENT_REPLIED"),
                lines.stream().map(StaffNotices.Line::kind).sorted().toList(),
                "the two notices of the case in the reader's unit: " + lines);
            assertTrue(
                lines.stream().allMatch(l -> l.reference().equals("KS-2026-730001")),
                "the case of another unit is not named: " + lines);
            assertEquals(2, notices(em).unread(reader));
          });
      jpa.inTransaction(
          em -> {
            notices(em).readAll(reader);
            return null;
          });
      jpa.run(
          em -> {
            assertEquals(0, notices(em).unread(reader));
            assertTrue(notices(em).latest(reader).stream().noneMatch(StaffNotices.Line::unread));
          });
      assertEquals(
          3L,
          (long)
              jpa.inTransaction(
                  em ->
                      em.createQuery("SELECT COUNT(n) FROM StaffNotice n", Long.class)
                          .getSingleResult()),
          "three notices were written: one for each notice addressed to the reader");
    }
  }

  private static CaseFile open(EntityManager em, long number, String type, Unit unit) {
    return PhoneCases.open(
        em,
        new CaseReference(2026, number),
        PhoneCases.type(em, type),
        unit,
        "Notice " + number,
        Instant.now());
  }
}
