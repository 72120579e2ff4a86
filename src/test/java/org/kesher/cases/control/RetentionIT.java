package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.audit.control.RetentionRun;
import org.kesher.cases.entity.Attachment;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.CaseWord;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Language;
import org.kesher.notify.control.CaseMailErasure;
import org.kesher.notify.entity.OutboxMail;
import org.kesher.testing.FiredEvents;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * The retention job on MariaDB and H2 with a fixed clock: it anonymises exactly the cases that
 * ended before their type's period (24 months for a general request, 120 for a protection contact)
 * and no case still open, too recent or on a legal hold; what it erases (name and contact, answers,
 * the texts of events, files, word index, mails) is gone and what it keeps (type, unit, dates,
 * status) stays; the administrators' preview counts what the next run touches; a hold needs a unit
 * head or manager and a reason, and once released the case goes at the next run. Each anonymised
 * case is in the access log.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class RetentionIT {

  private static final Instant NOW = Instant.parse("2026-12-06T20:00:00Z");
  private static final String MARKER = "RETENTION-MARKER-7731";

  @Parameter TestJpa.Engine engine;

  private final FiredEvents<Accessed> accessed = new FiredEvents<>();

  private static Instant monthsAgo(int months) {
    return NOW.atZone(org.kesher.ground.control.Israel.ZONE).minusMonths(months).toInstant();
  }

  private RetentionRun run(EntityManager em) {
    var retention = new CaseRetention();
    retention.em = em;
    var mails = new CaseMailErasure(em);
    var erasure = new CaseErasure();
    erasure.em = em;
    erasure.accessed = accessed;
    erasure.anonymised = new FiredEvents<>(done -> mails.erase(done.caseId()));
    return new RetentionRun(em, retention, erasure);
  }

  private CaseHolds holds(EntityManager em) {
    var holds = new CaseHolds();
    holds.em = em;
    holds.lookup = TestQueries.lookup(em);
    holds.accessed = accessed;
    holds.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return holds;
  }

  private static CaseRetention retention(EntityManager em) {
    var retention = new CaseRetention();
    retention.em = em;
    return retention;
  }

  /** Runs the job as RetentionJobs does: per type, batches of two until one comes back short. */
  private int runJob(TestJpa jpa, Instant at) {
    int total = 0;
    for (long typeId : jpa.inTransaction(em -> run(em).typeIds())) {
      int done;
      do {
        done = jpa.inTransaction(em -> run(em).batch(typeId, at, 2));
        total += done;
      } while (done == 2);
    }
    return total;
  }

  /** A case of {@code type} that ended with {@code end} at {@code endedAt}, full of content. */
  private static String ended(
      EntityManager em,
      int n,
      String type,
      Unit unit,
      StaffAccount author,
      Instant endedAt,
      CaseStatus end) {
    CaseFile c =
        PhoneCases.open(
            em,
            new CaseReference(2026, 760_000 + n),
            PhoneCases.type(em, type),
            unit,
            "Caller " + MARKER + " " + n,
            endedAt.minus(Duration.ofDays(3)));
    em.flush();
    Instant during = endedAt.minus(Duration.ofDays(2));
    em.persist(c.internalNote("Note " + MARKER, author, during));
    em.persist(new Attachment(c, null, MARKER + ".pdf", "application/pdf", new byte[] {1}, during));
    em.persist(new CaseWord(c.id(), 4242L + n, unit.id(), c.createdAt(), false));
    em.persist(
        new OutboxMail(
            "m-" + n + "@kesher",
            "RECEIVED",
            c.id(),
            "he",
            "resident" + n + "@example.org",
            "bidx" + n,
            "Subject " + MARKER,
            "Text " + MARKER,
            "<p>" + MARKER + "</p>",
            during));
    if (end == CaseStatus.CLOSED) {
      em.persist(c.moveTo(CaseStatus.IN_PROGRESS, null, during));
      em.persist(c.moveTo(CaseStatus.RESOLVED, null, during));
    }
    if (end != null) {
      em.persist(c.moveTo(end, null, endedAt));
    }
    return c.reference().toString();
  }

  @Test
  void anonymisesExactlyTheCasesPastTheirPeriodAndNoneOnHold() {
    try (TestJpa jpa = TestJpa.freshDatabase(engine, "kesher_retention")) {
      record Setup(Map<String, String> cases, Viewer head, Viewer member) {}
      Setup setup =
          jpa.inTransaction(
              em -> {
                Unit general = PhoneCases.unit(em, "MEDIATION");
                Unit protection = PhoneCases.unit(em, "PROTECTION_EIN_TZURIM");
                var head = new StaffAccount("keep.head", "Head", "x", Language.EN, NOW);
                var member = new StaffAccount("keep.member", "Member", "x", Language.EN, NOW);
                em.persist(head);
                em.persist(member);
                em.persist(head.joinUnit(general, MemberRole.HEAD));
                em.persist(member.joinUnit(general, MemberRole.MEMBER));
                Map<String, String> cases = new TreeMap<>();
                cases.put(
                    "past",
                    ended(em, 1, "GENERAL", general, head, monthsAgo(25), CaseStatus.WITHDRAWN));
                cases.put(
                    "recent",
                    ended(em, 2, "GENERAL", general, head, monthsAgo(23), CaseStatus.CLOSED));
                cases.put(
                    "held",
                    ended(em, 3, "GENERAL", general, head, monthsAgo(30), CaseStatus.CLOSED));
                cases.put("open", ended(em, 4, "GENERAL", general, head, monthsAgo(40), null));
                cases.put(
                    "sealedRecent",
                    ended(
                        em,
                        5,
                        "PROTECTION_CONTACT",
                        protection,
                        head,
                        monthsAgo(30),
                        CaseStatus.WITHDRAWN));
                cases.put(
                    "sealedPast",
                    ended(
                        em,
                        6,
                        "PROTECTION_CONTACT",
                        protection,
                        head,
                        monthsAgo(121),
                        CaseStatus.WITHDRAWN));
                return new Setup(
                    cases,
                    new Viewer(
                        head.id(),
                        Set.of(StaffRole.CASEWORKER),
                        Set.of(general.id()),
                        Set.of(general.id())),
                    new Viewer(
                        member.id(), Set.of(StaffRole.CASEWORKER), Set.of(general.id()), Set.of()));
              });
      String held = setup.cases().get("held");

      jpa.run(
          em -> {
            var notAllowed =
                assertThrows(
                    CaseRuleViolation.class,
                    () -> holds(em).place(setup.member(), held, "Court order 17/2026 pending"));
            assertEquals("hold.notAllowed", notAllowed.code());
            var short_ =
                assertThrows(
                    CaseRuleViolation.class, () -> holds(em).place(setup.head(), held, " court "));
            assertEquals("hold.reasonShort", short_.code());
          });
      jpa.run(em -> holds(em).place(setup.head(), held, "Court order 17/2026 pending"));
      jpa.run(
          em ->
              assertEquals(
                  "Court order 17/2026 pending Head",
                  holds(em)
                      .of(setup.head(), held)
                      .map(h -> h.reason() + " " + h.by())
                      .orElseThrow()));

      assertEquals(
          "PROTECTION_CONTACT 1 0, GENERAL 1 1",
          jpa.inTransaction(em -> preview(em)),
          "the preview: one general case due and one held, one protection contact due");

      assertEquals(2, runJob(jpa, NOW));
      jpa.run(
          em -> {
            for (var entry : setup.cases().entrySet()) {
              boolean gone = Set.of("past", "sealedPast").contains(entry.getKey());
              assertErased(em, entry.getValue(), gone, entry.getKey());
            }
          });
      assertEquals(
          Set.of(setup.cases().get("past"), setup.cases().get("sealedPast")),
          accessed.fired().stream()
              .filter(a -> RetentionRun.WHY.equals(a.detail()))
              .map(Accessed::object)
              .collect(Collectors.toSet()),
          "each anonymised case is in the access log, by its reference");
      assertTrue(
          accessed.fired().stream().noneMatch(a -> String.valueOf(a).contains(MARKER)),
          "nothing of a case's content in the log");
      assertEquals("GENERAL 0 1", jpa.inTransaction(em -> preview(em)));
      assertEquals(0, runJob(jpa, NOW), "a second run finds nothing");

      jpa.run(em -> holds(em).release(setup.head(), held));
      assertEquals(1, runJob(jpa, NOW), "released, the held case goes at the next run");
      jpa.run(em -> assertErased(em, held, true, "held, then released"));
    }
  }

  private static String preview(EntityManager em) {
    return retention(em).preview(NOW).stream()
        .filter(p -> p.due() + p.held() > 0)
        .map(p -> p.type().code() + " " + p.due() + " " + p.held())
        .collect(Collectors.joining(", "));
  }

  private static void assertErased(EntityManager em, String reference, boolean gone, String what) {
    CaseFile c =
        em.createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
            .setParameter("reference", reference)
            .getSingleResult();
    em.refresh(c);
    assertEquals(gone, c.anonymisedAt().isPresent(), what + ": anonymised");
    long bodies =
        em.createQuery(
                "SELECT COUNT(e) FROM CaseEvent e WHERE e.caseFile = :c AND e.body IS NOT NULL",
                Long.class)
            .setParameter("c", c)
            .getSingleResult();
    long files =
        em.createQuery("SELECT COUNT(a) FROM Attachment a WHERE a.caseFile = :c", Long.class)
            .setParameter("c", c)
            .getSingleResult();
    long words =
        em.createQuery("SELECT COUNT(w) FROM CaseWord w WHERE w.caseId = :id", Long.class)
            .setParameter("id", c.id())
            .getSingleResult();
    long mails =
        em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.caseId = :id", Long.class)
            .setParameter("id", c.id())
            .getSingleResult();
    if (gone) {
      assertNull(c.requester().name(), what);
      assertNull(c.requester().phone(), what);
      assertFalse(c.requesterPhoneIndex().isPresent(), what + ": no phone index left");
      assertNull(c.answers(), what);
      assertEquals(List.of(0L, 0L, 0L, 0L), List.of(bodies, files, words, mails), what);
    } else {
      assertTrue(c.requester().name().contains(MARKER), what);
      assertEquals("050-0000000", c.requester().phone(), what);
      assertTrue(c.requesterPhoneIndex().isPresent(), what);
      assertTrue(bodies > 0 && files == 1 && words == 1 && mails == 1, what + ": kept whole");
    }
    assertTrue(c.createdAt().isBefore(NOW), what + ": dates stay");
  }
}
