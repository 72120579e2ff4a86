package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.Referral;
import org.kesher.catalogue.entity.Unit;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * A referred case keeps a link to the case its referral opened, read both ways (the resident's
 * tracking follows it forwards; their mails find the case they know backwards), on MariaDB and H2.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class ReferralFollowIT {

  @Parameter TestJpa.Engine engine;

  @Test
  void aRequestReferredTwiceIsFollowedToItsLastCaseAndBack() {
    try (TestJpa jpa = TestJpa.freshDatabase(engine, "kesher_referral")) {
      jpa.run(
          em -> {
            CaseFile first = caseOf(em, "RIGHTS_CENTER");
            CaseFile second =
                Referral.refer(
                    first,
                    unit(em, "MEDIATION"),
                    new CaseReference(2026, 700_002),
                    "hash2",
                    true,
                    now(),
                    new CaseOpening()::open);
            em.persist(second);
            CaseFile third =
                Referral.refer(
                    second,
                    unit(em, "SENIORS"),
                    new CaseReference(2026, 700_003),
                    "hash3",
                    false,
                    now(),
                    new CaseOpening()::open);
            em.persist(third);
          });
      jpa.run(
          em -> {
            CaseFile first = byReference(em, "KS-2026-700001");
            assertEquals(
                List.of("KS-2026-700001", "KS-2026-700002", "KS-2026-700003"),
                first.referralChain().stream().map(c -> c.reference().toString()).toList());
            assertEquals("SENIORS", first.current().unit().code());
            assertEquals(first.current(), byReference(em, "KS-2026-700003"));
            CaseFile last = byReference(em, "KS-2026-700003");
            CaseFile before = referredFrom(em, last);
            assertEquals("KS-2026-700002", before.reference().toString());
            assertEquals("KS-2026-700001", referredFrom(em, before).reference().toString());
            assertTrue(
                em.createNamedQuery(CaseFile.REFERRED_FROM, CaseFile.class)
                    .setParameter("caseFile", first)
                    .getResultList()
                    .isEmpty(),
                "the first case was referred from nowhere");
          });
    }
  }

  private static CaseFile referredFrom(EntityManager em, CaseFile c) {
    return em.createNamedQuery(CaseFile.REFERRED_FROM, CaseFile.class)
        .setParameter("caseFile", c)
        .getSingleResult();
  }

  private static CaseFile byReference(EntityManager em, String reference) {
    return em.createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
        .setParameter("reference", reference)
        .getSingleResult();
  }

  private static Instant now() {
    return Instant.now();
  }

  private static Unit unit(EntityManager em, String code) {
    return em.createNamedQuery(Unit.BY_CODE, Unit.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private static CaseFile caseOf(EntityManager em, String unitCode) {
    return PhoneCases.open(
        em,
        new CaseReference(2026, 700_001),
        PhoneCases.type(em, "RIGHTS_INFO"),
        unit(em, unitCode),
        "Referral Tester",
        Instant.now());
  }
}
