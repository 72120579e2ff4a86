package org.kesher.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.audit.control.AccessLogCheck;
import org.kesher.audit.control.AccessLogPrune;
import org.kesher.audit.control.DaySealed;
import org.kesher.audit.control.SealWriter;
import org.kesher.audit.entity.AccessEntry;
import org.kesher.audit.entity.SealedDay;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.RunMode;
import org.kesher.testing.FiredEvents;
import org.kesher.testing.TestJpa;

/**
 * The access log's hash chain on MariaDB and H2: days sealed in order (and the days a job missed),
 * each day's head told; the check finds nothing in an untouched log and names the entry that was
 * removed, changed or added by SQL behind Kesher's back; whole months pruned past the months kept,
 * never fewer than 24.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class AccessLogChainIT {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  @Parameter TestJpa.Engine engine;

  private static Instant at(LocalDate day, int hour) {
    return day.atTime(hour, 15).atZone(Israel.ZONE).toInstant();
  }

  private static AccessEntry entry(String reference, long staffId, Instant at) {
    return new AccessEntry(
        Accessed.ofCase(
            Accessed.Action.CASE_OPENED,
            reference,
            Accessed.Extent.WHOLE_CASE,
            staffId,
            "chain.worker",
            null),
        staffId,
        "chain.worker",
        "10.0.0.7",
        at);
  }

  /** The nightly seal as the job runs it, here all in the test's one transaction. */
  private static DailySeal seal(EntityManager em, FiredEvents<DaySealed> told) {
    var steps = new AccessLogSteps();
    steps.writer = new SealWriter(em, told, Clock.fixed(at(MONDAY.plusDays(3), 3), ZoneOffset.UTC));
    var seal = new DailySeal();
    seal.writer = steps;
    return seal;
  }

  private static AccessLogCheck check(EntityManager em) {
    return new AccessLogCheck(em);
  }

  private static long idOf(EntityManager em, String reference) {
    return em.createQuery("SELECT e.id FROM AccessEntry e WHERE e.objectRef = :ref", Long.class)
        .setParameter("ref", reference)
        .getSingleResult();
  }

  @Test
  void theCheckNamesTheEntriesRemovedChangedAndAddedBehindKeshersBack() {
    try (TestJpa jpa = TestJpa.freshDatabase(engine, "kesher_access_chain")) {
      jpa.run(
          em -> {
            em.persist(entry("KS-2026-000001", 11, at(MONDAY, 9)));
            em.persist(entry("KS-2026-000002", 12, at(MONDAY, 23)));
            em.persist(entry("KS-2026-000003", 11, at(MONDAY.plusDays(2), 8)));
            em.persist(entry("KS-2026-000004", 13, at(MONDAY.plusDays(2), 9)));
            em.persist(entry("KS-2026-000005", 13, at(MONDAY.plusDays(3), 1)));
          });
      var told = new FiredEvents<DaySealed>();
      List<SealedDay> days =
          jpa.inTransaction(em -> seal(em, told).sealThrough(MONDAY.plusDays(2)));
      assertEquals(
          List.of(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2)),
          days.stream().map(SealedDay::day).toList(),
          "each day up to the last asked for, the empty one too");
      assertEquals(List.of(2L, 0L, 2L), days.stream().map(SealedDay::entries).toList());
      assertEquals(
          days.get(0).head(), days.get(1).head(), "a day without entries keeps the head before it");
      assertEquals(3, told.fired().size(), "every day's head is told: " + told.fired());
      assertEquals(days.get(2).head(), told.fired().get(2).head());
      assertTrue(
          jpa.inTransaction(em -> seal(em, told).sealThrough(MONDAY.plusDays(2))).isEmpty(),
          "a day is sealed once");

      var intact = jpa.inTransaction(em -> check(em).verify());
      assertTrue(intact.intact(), "nothing was touched: " + intact.findings());
      assertEquals(4, intact.links());
      assertEquals(3, intact.days());

      long removed = jpa.inTransaction(em -> idOf(em, "KS-2026-000001"));
      long changed = jpa.inTransaction(em -> idOf(em, "KS-2026-000003"));
      jpa.run(
          em -> {
            em.createNativeQuery("DELETE FROM access_entry WHERE id = ?")
                .setParameter(1, removed)
                .executeUpdate();
            em.createNativeQuery("UPDATE access_entry SET staff_name = 'someone.else' WHERE id = ?")
                .setParameter(1, changed)
                .executeUpdate();
          });
      jpa.run(em -> em.persist(entry("KS-2026-000099", 14, at(MONDAY.plusDays(1), 12))));
      long added = jpa.inTransaction(em -> idOf(em, "KS-2026-000099"));

      var broken = jpa.inTransaction(em -> check(em).verify());
      assertEquals(
          List.of(
              new AccessLogCheck.Finding(AccessLogCheck.Finding.Kind.REMOVED, removed),
              new AccessLogCheck.Finding(AccessLogCheck.Finding.Kind.CHANGED, changed),
              new AccessLogCheck.Finding(AccessLogCheck.Finding.Kind.ADDED, added)),
          broken.findings());
      assertEquals("removed: entry " + removed, broken.firstProblem());

      // the next night seals the day after, with the entry of the fourth day
      var later = jpa.inTransaction(em -> seal(em, told).sealThrough(MONDAY.plusDays(3)));
      assertEquals(1, later.size());
      assertEquals(1, later.get(0).entries());
    }
  }

  @Test
  void wholeMonthsPastTheMonthsKeptArePrunedAndNeverFewerThan24() {
    try (TestJpa jpa = TestJpa.freshDatabase(engine, "kesher_access_prune")) {
      Instant now = Instant.now();
      LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
      jpa.run(
          em -> {
            em.persist(
                entry(
                    "KS-2024-000001",
                    21,
                    today.minusMonths(30).atStartOfDay(Israel.ZONE).toInstant()));
            em.persist(
                entry(
                    "KS-2025-000001",
                    22,
                    today.minusMonths(23).atStartOfDay(Israel.ZONE).toInstant()));
          });
      var embedded =
          new RunMode() {
            @Override
            public boolean isEmbedded() {
              return engine == TestJpa.Engine.H2;
            }
          };
      Clock clock = Clock.fixed(now, ZoneOffset.UTC);
      assertThrows(
          IllegalArgumentException.class,
          () -> new AccessLogPrune(null, embedded, clock).keptFrom(23));
      jpa.run(em -> new AccessLogPrune(em, embedded, clock).prune(24));
      assertEquals(
          List.of("KS-2025-000001"),
          jpa.inTransaction(
              em ->
                  em.createQuery("SELECT e.objectRef FROM AccessEntry e", String.class)
                      .getResultList()),
          "the entry of 30 months ago is gone, the one of 23 months ago stays");
      if (engine == TestJpa.Engine.MARIADB) {
        // the owner's procedure itself refuses a month inside the 24 kept
        assertThrows(
            RuntimeException.class,
            () ->
                jpa.run(
                    em ->
                        em.createNativeQuery("CALL kesher_prune_access_log(?)")
                            .setParameter(1, java.sql.Date.valueOf(today.withDayOfMonth(1)))
                            .executeUpdate()));
      }
    }
  }
}
