package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.audit.control.BreakGlassReview;
import org.kesher.cases.entity.BreakGlass;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Language;
import org.kesher.testing.FiredEvents;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * Break-glass on MariaDB and H2: only the roles allowed may ask, with a reason of 20 characters;
 * the grant opens that one case by its reference, for its holder alone, until it expires, and no
 * queue shows it; the unit's head is told; the grant, the refusals and the review are recorded; the
 * privacy officer's list holds it until it is marked justified or raised (with a note).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class BreakGlassIT {

  private static final Instant NOW = Instant.parse("2026-12-06T21:30:00Z");
  private static final String REASON = "A child at risk tonight; the caseworker is abroad.";

  @Parameter TestJpa.Engine engine;

  private final FiredEvents<CaseNotice> notices = new FiredEvents<>();
  private final FiredEvents<Accessed> accessed = new FiredEvents<>();

  private BreakGlassRequests requests(EntityManager em) {
    var requests = new BreakGlassRequests();
    requests.em = em;
    requests.queries = TestQueries.on(em);
    requests.accounts = new StaffAccounts(em);
    requests.notices = notices;
    requests.accessed = accessed;
    requests.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    requests.policy = new BreakGlassPolicy(Set.of("UNIT_HEAD"), Duration.ofMinutes(60));
    return requests;
  }

  private CaseLookup lookup(EntityManager em, Instant at) {
    var lookup = TestQueries.lookup(em);
    lookup.accessed = accessed;
    lookup.clock = Clock.fixed(at, ZoneOffset.UTC);
    return lookup;
  }

  private static Unit unit(EntityManager em, String code) {
    return em.createNamedQuery(Unit.BY_CODE, Unit.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private static StaffAccount staff(EntityManager em, String username, Unit unit, MemberRole role) {
    var account = new StaffAccount(username, "Test " + username, "x", Language.EN, NOW);
    em.persist(account);
    em.persist(account.joinUnit(unit, role));
    return account;
  }

  private static Viewer viewer(StaffAccount account, Unit unit, MemberRole role) {
    return new Viewer(
        account.id(),
        Set.of(StaffRole.CASEWORKER),
        Set.of(unit.id()),
        role == MemberRole.HEAD ? Set.of(unit.id()) : Set.of());
  }

  @Test
  void aHeadOpensOneSealedCaseOfAnotherUnitForAnHourWithAReasonAndThePrivacyOfficerReviewsIt() {
    try (TestJpa jpa = TestJpa.freshDatabase(engine, "kesher_break_glass")) {
      record People(Viewer asker, Viewer member, long protector, String sealed) {}
      People people =
          jpa.inTransaction(
              em -> {
                Unit mediation = unit(em, "MEDIATION");
                Unit protection = unit(em, "PROTECTION_EIN_TZURIM");
                StaffAccount head = staff(em, "glass.head", mediation, MemberRole.HEAD);
                StaffAccount member = staff(em, "glass.member", mediation, MemberRole.MEMBER);
                StaffAccount protector = staff(em, "glass.protector", protection, MemberRole.HEAD);
                CaseFile sealed =
                    PhoneCases.open(
                        em,
                        new CaseReference(2026, 740_001),
                        PhoneCases.type(em, "PROTECTION_CONTACT"),
                        protection,
                        "Glass " + 740_001,
                        NOW.minusSeconds(3600));
                em.flush();
                return new People(
                    viewer(head, mediation, MemberRole.HEAD),
                    viewer(member, mediation, MemberRole.MEMBER),
                    protector.id(),
                    sealed.reference().toString());
              });

      jpa.run(
          em -> {
            assertFalse(requests(em).mayAsk(people.member()), "a member who heads nothing");
            var refused =
                assertThrows(
                    CaseRuleViolation.class,
                    () -> requests(em).ask(people.member(), people.sealed(), REASON));
            assertEquals("breakGlass.notAllowed", refused.code());
            assertTrue(lookup(em, NOW).open(people.asker(), people.sealed()).isEmpty());
            var tooShort =
                assertThrows(
                    CaseRuleViolation.class,
                    () -> requests(em).ask(people.asker(), people.sealed(), "  need it now   "));
            assertEquals("breakGlass.reason", tooShort.code());
            assertThrows(
                CaseNotFound.class,
                () -> requests(em).ask(people.asker(), "KS-2026-999999", REASON));
          });
      assertEquals(
          List.of("CASE_OPENED false", "BREAK_GLASS false"),
          accessed.fired().stream().map(a -> a.action() + " " + a.granted()).toList(),
          "the sealed case refused, then the unknown reference refused");

      assertEquals(
          people.sealed(),
          jpa.inTransaction(em -> requests(em).ask(people.asker(), people.sealed(), REASON)));
      Accessed granted = accessed.fired().get(2);
      assertEquals(Accessed.Action.BREAK_GLASS, granted.action());
      assertTrue(granted.granted());
      assertEquals(people.sealed(), granted.object());
      assertEquals("60 minutes", granted.detail());
      assertEquals(
          List.of("BREAK_GLASS " + people.protector()),
          notices.fired().stream().map(n -> n.kind() + " " + n.staff().id()).toList(),
          "the head of the case's unit is told at once");

      jpa.run(
          em -> {
            assertTrue(
                lookup(em, NOW.plusSeconds(59 * 60))
                    .open(people.asker(), people.sealed())
                    .isPresent(),
                "open within the hour");
            assertTrue(
                lookup(em, NOW).open(people.member(), people.sealed()).isEmpty(),
                "for its holder alone");
            assertTrue(
                lookup(em, NOW.plusSeconds(61 * 60))
                    .open(people.asker(), people.sealed())
                    .isEmpty(),
                "closed after the hour");
            assertTrue(
                TestQueries.on(em).visible(people.asker(), 0, 100).stream()
                    .noneMatch(c -> c.reference().toString().equals(people.sealed())),
                "no queue shows it");
          });

      Clock later = Clock.fixed(NOW.plusSeconds(86_400), ZoneOffset.UTC);
      long officer =
          jpa.inTransaction(
              em -> {
                var account = new StaffAccount("glass.officer", "Officer", "x", Language.EN, NOW);
                account.holdRoles(Set.of(StaffRole.PRIVACY_OFFICER));
                em.persist(account);
                return account.id();
              });
      var waiting =
          jpa.inTransaction(
              em -> {
                return new BreakGlassReview(em, accessed, later).pending();
              });
      assertEquals(1, waiting.size());
      assertEquals(REASON, waiting.get(0).reason());
      assertEquals("glass.head", waiting.get(0).staff());
      jpa.run(
          em -> {
            var review = new BreakGlassReview(em, accessed, later);
            var noNote =
                assertThrows(
                    CaseRuleViolation.class,
                    () ->
                        review.review(
                            waiting.get(0).id(),
                            waiting.get(0).version(),
                            BreakGlass.Review.RAISED,
                            " ",
                            officer));
            assertEquals("breakGlass.noteMissing", noNote.code());
          });
      jpa.run(
          em -> {
            new BreakGlassReview(em, accessed, later)
                .review(
                    waiting.get(0).id(),
                    waiting.get(0).version(),
                    BreakGlass.Review.JUSTIFIED,
                    "Confirmed with the unit head.",
                    officer);
          });
      jpa.run(
          em -> {
            var review = new BreakGlassReview(em, accessed, later);
            assertTrue(review.pending().isEmpty());
            var done = review.reviewed();
            assertEquals(
                "JUSTIFIED glass.officer", done.get(0).review() + " " + done.get(0).reviewer());
          });
      Accessed reviewed = accessed.fired().get(accessed.fired().size() - 1);
      assertEquals(Accessed.Action.BREAK_GLASS_REVIEWED, reviewed.action());
      assertEquals("JUSTIFIED", reviewed.detail());
    }
  }
}
