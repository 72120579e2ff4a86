package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.control.TestAccounts;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.ServiceDates;
import org.kesher.catalogue.control.BusinessCalendar;
import org.kesher.catalogue.control.TestCalendars;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;
import org.kesher.testing.FiredEvents;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * Service targets on MariaDB and H2 with fixed clocks: a case's due dates follow its timeline as
 * staff and the resident act (the pause while it waits for the resident, the first response), and
 * the escalation job, run by two nodes at once on the same database, tells each warning (80 %) and
 * each breach once: the warning to the assignee (a unit head when there is none), the breach to the
 * unit head, each an event on the timeline; running it again tells nothing more. A changed target
 * gives open cases new due dates through the recompute batches, without a new version.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class ServiceTargetsIT {

  /** Sunday 6 December 2026, 08:00 in Israel. */
  private static final Instant T0 = israel("2026-12-06T08:00");

  @Parameter TestJpa.Engine engine;

  private static Instant israel(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.ISRAEL).toInstant();
  }

  private static ServiceTargets targets(EntityManager em, Instant now) {
    var targets = new ServiceTargets();
    targets.em = em;
    targets.calendars = TestCalendars.calendars(em);
    targets.clock = Clock.fixed(now, ZoneOffset.UTC);
    return targets;
  }

  private static CaseEvents events(EntityManager em, Instant now, FiredEvents<CaseNotice> told) {
    var events = new CaseEvents();
    events.em = em;
    events.notices = told;
    var words = new CaseWords();
    words.em = em;
    events.words = words;
    events.accessed = new FiredEvents<>();
    events.targets = targets(em, now);
    return events;
  }

  private static CaseEscalations escalations(
      EntityManager em, Instant now, FiredEvents<CaseNotice> told) {
    var escalations = new CaseEscalations();
    escalations.em = em;
    escalations.events = events(em, now, told);
    escalations.accounts = TestAccounts.on(em);
    escalations.notices = told;
    return escalations;
  }

  private static StaffAccount staff(EntityManager em, String username, Unit unit, MemberRole role) {
    var account = new StaffAccount(username, "Test " + username, "x", Language.EN, T0);
    em.persist(account);
    em.persist(account.joinUnit(unit, role));
    return account;
  }

  private static CaseFile open(EntityManager em, int n, String type, Unit unit) {
    CaseFile c =
        PhoneCases.open(
            em,
            new CaseReference(2026, 790_000 + n),
            PhoneCases.type(em, type),
            unit,
            "Caller",
            T0);
    em.flush();
    return c;
  }

  private static CaseFile find(EntityManager em, String reference) {
    return em.createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
        .setParameter("reference", reference)
        .getSingleResult();
  }

  private static ServiceDates dates(TestJpa db, String reference) {
    return db.inTransaction(em -> find(em, reference).serviceDates());
  }

  @Test
  void dueDatesFollowTheTimeline() {
    try (TestJpa db = TestJpa.freshDatabase(engine, "kesher_targets_follow")) {
      String ref =
          db.inTransaction(
              em -> {
                Unit rights = PhoneCases.unit(em, "RIGHTS_CENTER");
                staff(em, "target.worker", rights, MemberRole.MEMBER);
                // rights information: a first response within 16 business hours, resolution 80
                return open(em, 1, "RIGHTS_INFO", rights).reference().toString();
              });
      ServiceDates opened = dates(db, ref);
      assertEquals(israel("2026-12-07T12:48"), opened.firstResponseWarning());
      assertEquals(israel("2026-12-07T16:00"), opened.firstResponseDue());
      assertEquals(israel("2026-12-15T16:00"), opened.resolutionWarning());
      assertEquals(israel("2026-12-17T16:00"), opened.resolutionDue());
      assertEquals(opened.firstResponseWarning(), opened.nextEscalation());

      act(
          db,
          ref,
          "2026-12-06T09:00",
          (em, c, at) -> c.moveTo(CaseStatus.IN_PROGRESS, worker(em), at));
      ServiceDates answered = dates(db, ref);
      assertEquals(
          israel("2026-12-06T09:00"),
          db.inTransaction(em -> find(em, ref).firstRespondedAt().orElseThrow()),
          "a move out of NEW by staff is the first response");
      assertEquals(
          opened.resolutionWarning(),
          answered.nextEscalation(),
          "the first-response clock stopped: only the resolution clock's marks are left");

      act(
          db,
          ref,
          "2026-12-06T12:00",
          (em, c, at) -> c.moveTo(CaseStatus.WAITING_FOR_RESIDENT, worker(em), at));
      ServiceDates waiting = dates(db, ref);
      assertEquals(null, waiting.nextEscalation(), "nothing escalates while the clock waits");

      Instant reply = israel("2026-12-08T12:00");
      db.run(
          em -> {
            CaseFile c = find(em, ref);
            var events = events(em, reply, new FiredEvents<>());
            c.residentReplied("Here is the paper you asked for", reply).forEach(events::record);
          });
      // paused from Sunday 12:00 to Tuesday 12:00: 16 business hours later, Monday 21 at 16:00
      assertEquals(israel("2026-12-21T16:00"), dates(db, ref).resolutionDue());
    }
  }

  @Test
  void aDayClosedByAnAdministratorMovesOpenCasesDueDatesWithoutANewVersion() {
    try (TestJpa db = TestJpa.freshDatabase(engine, "kesher_targets_recompute")) {
      record Opened(String reference, long version, long revision) {}
      Opened opened =
          db.inTransaction(
              em -> {
                CaseFile c = open(em, 1, "RIGHTS_INFO", PhoneCases.unit(em, "RIGHTS_CENTER"));
                em.flush();
                return new Opened(c.reference().toString(), c.version(), revision(em));
              });
      assertEquals(israel("2026-12-17T16:00"), dates(db, opened.reference()).resolutionDue());
      db.run(
          em ->
              TestCalendars.admin(em)
                  .close(
                      java.time.LocalDate.parse("2026-12-10"),
                      PhoneCases.unit(em, "RIGHTS_CENTER").id(),
                      null,
                      "ONE_OFF",
                      "Strike",
                      "admin",
                      T0));
      assertEquals(
          opened.revision() + 1,
          (long) db.inTransaction(ServiceTargetsIT::revision),
          "a closed day is a new revision: the recompute job runs once for it");
      long[] after = {0};
      java.util.OptionalLong last;
      // as ServiceTargetJobs does, one case a batch here
      while ((last = db.inTransaction(em -> targets(em, T0).recompute(after[0], 1))).isPresent()) {
        after[0] = last.getAsLong();
      }
      // Thursday 10 December closed: 80 business hours end a day later, Sunday 20 at 16:00
      assertEquals(israel("2026-12-20T16:00"), dates(db, opened.reference()).resolutionDue());
      assertEquals(
          opened.version(),
          (long) db.inTransaction(em -> find(em, opened.reference()).version()),
          "a caseworker's open page stays valid");
    }
  }

  private static long revision(EntityManager em) {
    return ((Number)
            em.createNativeQuery("SELECT revision FROM business_calendar WHERE id = 1")
                .getSingleResult())
        .longValue();
  }

  /** A staff member's change at {@code at}, recorded as CaseWork records it. */
  private interface Change {
    org.kesher.cases.entity.CaseEvent on(EntityManager em, CaseFile c, Instant at);
  }

  private static void act(TestJpa db, String ref, String at, Change change) {
    Instant when = israel(at);
    db.run(em -> events(em, when, new FiredEvents<>()).record(change.on(em, find(em, ref), when)));
  }

  private static StaffAccount worker(EntityManager em) {
    return em.createQuery(
            "SELECT s FROM StaffAccount s WHERE s.username = 'target.worker'", StaffAccount.class)
        .getSingleResult();
  }

  @Test
  void escalationsFireOnceAtTheMarkAndAtTheDueDateOnTwoNodes() throws Exception {
    try (TestJpa db = TestJpa.freshDatabase(engine, "kesher_targets_escalate");
        TestJpa other = db.anotherNode()) {
      List<String> refs =
          db.inTransaction(
              em -> {
                Unit rights = PhoneCases.unit(em, "RIGHTS_CENTER");
                StaffAccount head = staff(em, "target.head", rights, MemberRole.HEAD);
                StaffAccount worker = staff(em, "target.worker", rights, MemberRole.MEMBER);
                var events = events(em, T0, new FiredEvents<>());
                CaseFile assigned = open(em, 1, "RIGHTS_INFO", rights);
                events.record(assigned.assignTo(worker, null, T0));
                CaseFile unassigned = open(em, 2, "RIGHTS_INFO", rights);
                CaseFile answered = open(em, 3, "RIGHTS_INFO", rights);
                Instant nine = israel("2026-12-06T09:00");
                events(em, nine, new FiredEvents<>())
                    .record(
                        answered.publicReply(
                            "We are on it",
                            head,
                            nine,
                            org.kesher.cases.entity.Addressee.requester()));
                // opened 60 days before: its marks are long past when the job first sees them
                PhoneCases.open(
                    em,
                    new CaseReference(2026, 790_004),
                    PhoneCases.type(em, "RIGHTS_INFO"),
                    rights,
                    "Caller",
                    T0.minus(java.time.Duration.ofDays(60)));
                return List.of(
                    assigned.reference().toString(),
                    unassigned.reference().toString(),
                    answered.reference().toString());
              });
      List<String> told = new ArrayList<>();
      for (String at :
          List.of(
              "2026-12-07T13:00", // first response: past 80 % (12:48), before due (16:00)
              "2026-12-07T13:00",
              "2026-12-07T16:30", // first response missed
              "2026-12-16T09:00", // resolution: past 80 % (Tuesday 15, 16:00)
              "2026-12-17T17:00", // resolution missed (Thursday 17, 16:00)
              "2026-12-17T17:00")) {
        bothNodes(db, other, israel(at), told);
      }
      String a = refs.get(0);
      String b = refs.get(1);
      String c = refs.get(2);
      assertEquals(
          List.of(
                  a + " TARGET_WARNING FIRST_RESPONSE target.worker",
                  a + " TARGET_BREACHED FIRST_RESPONSE target.head",
                  a + " TARGET_WARNING RESOLUTION target.worker",
                  a + " TARGET_BREACHED RESOLUTION target.head",
                  b + " TARGET_WARNING FIRST_RESPONSE target.head",
                  b + " TARGET_BREACHED FIRST_RESPONSE target.head",
                  b + " TARGET_WARNING RESOLUTION target.head",
                  b + " TARGET_BREACHED RESOLUTION target.head",
                  c + " TARGET_WARNING RESOLUTION target.head",
                  c + " TARGET_BREACHED RESOLUTION target.head")
              .stream()
              .sorted()
              .toList(),
          told.stream().sorted().toList(),
          "each warning and breach told once, to the assignee or the unit head; an old one not");
      db.run(
          em -> {
            assertEquals(
                14L,
                ((Number)
                        em.createNativeQuery("SELECT COUNT(*) FROM case_escalation")
                            .getSingleResult())
                    .longValue());
            assertEquals(
                14L,
                em.createQuery(
                        "SELECT COUNT(e) FROM CaseEvent e WHERE e.kind IN :kinds", Long.class)
                    .setParameter(
                        "kinds",
                        List.of(
                            org.kesher.cases.entity.EventKind.TARGET_WARNING,
                            org.kesher.cases.entity.EventKind.TARGET_BREACHED))
                    .getSingleResult(),
                "each escalation is one event on its case's timeline");
            assertTrue(
                escalations(em, T0, new FiredEvents<>())
                    .reached(israel("2027-06-01T08:00"), 10)
                    .isEmpty(),
                "every mark is told: the job has nothing left to look at");
          });
    }
  }

  /** Both nodes run the escalation job at the same moment, as ServiceTargetJobs does. */
  private static void bothNodes(TestJpa one, TestJpa two, Instant at, List<String> told)
      throws Exception {
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> runs = new ArrayList<>();
      for (TestJpa node : List.of(one, two)) {
        runs.add(
            nodes.submit(
                () -> {
                  start.await();
                  escalateAll(node, at, told);
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      nodes.shutdownNow();
    }
  }

  /**
   * One node's round: each case in its own transaction; what a transaction told, once it commits.
   */
  private static void escalateAll(TestJpa node, Instant at, List<String> told) {
    List<Long> reached =
        node.inTransaction(em -> escalations(em, at, new FiredEvents<>()).reached(at, 100));
    for (long caseId : reached) {
      var notices = new FiredEvents<CaseNotice>();
      try {
        node.run(em -> escalations(em, at, notices).escalate(caseId, at));
      } catch (RuntimeException lostTheRace) {
        continue;
      }
      synchronized (told) {
        notices
            .fired()
            .forEach(
                n ->
                    told.add(
                        n.caseFile().reference()
                            + " "
                            + n.kind()
                            + " "
                            + n.text()
                            + " "
                            + n.staff().username()));
      }
    }
  }
}
