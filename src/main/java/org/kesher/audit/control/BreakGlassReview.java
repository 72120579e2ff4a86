package org.kesher.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.BreakGlass;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.control.Accessed;

/**
 * The privacy officer's review of every break-glass: each waits until marked justified or raised
 * (with a note), and the review is itself recorded. It shows who opened which case, when, until
 * when and why, and nothing of the case.
 */
@ApplicationScoped
public class BreakGlassReview {

  /** How many reviewed grants the list shows, the newest first. */
  static final int REVIEWED_SHOWN = 50;

  @PersistenceContext EntityManager em;

  @Inject Event<Accessed> accessed;

  Clock clock = Clock.systemUTC();

  public BreakGlassReview() {}

  /** A review on an entity manager of one's own (tests outside the server). */
  public BreakGlassReview(EntityManager em, Event<Accessed> accessed, Clock clock) {
    this.em = em;
    this.accessed = accessed;
    this.clock = clock;
  }

  /** One grant as the review list shows it. */
  public record Line(
      long id,
      long version,
      String reference,
      String staff,
      String reason,
      Instant grantedAt,
      Instant expiresAt,
      String review,
      String reviewer,
      String note)
      implements java.io.Serializable {}

  public List<Line> pending() {
    return lines(List.of(BreakGlass.Review.PENDING), Integer.MAX_VALUE);
  }

  public List<Line> reviewed() {
    return lines(List.of(BreakGlass.Review.JUSTIFIED, BreakGlass.Review.RAISED), REVIEWED_SHOWN);
  }

  private List<Line> lines(List<BreakGlass.Review> reviews, int max) {
    return em
        .createNamedQuery(BreakGlass.IN_REVIEW, BreakGlass.class)
        .setParameter("reviews", reviews)
        .setMaxResults(max)
        .getResultList()
        .stream()
        .map(
            g ->
                new Line(
                    g.id(),
                    g.version(),
                    g.caseFile().reference().toString(),
                    g.staff().username(),
                    g.reason(),
                    g.grantedAt(),
                    g.expiresAt(),
                    g.review().name(),
                    g.reviewer().map(StaffAccount::username).orElse(""),
                    g.reviewNote().orElse("")))
        .toList();
  }

  /**
   * Marks a grant justified or raised.
   *
   * @throws CaseRuleViolation when it was reviewed already, or raised without a note
   * @throws OptimisticLockException when it changed since the list was shown
   */
  public void review(
      long id, long version, BreakGlass.Review outcome, String note, long reviewerId) {
    BreakGlass grant = em.find(BreakGlass.class, id);
    if (grant == null) {
      throw new CaseRuleViolation("breakGlass.reviewed", "no such grant");
    }
    if (grant.version() != version) {
      throw new OptimisticLockException("the grant changed since it was shown");
    }
    StaffAccount reviewer = em.find(StaffAccount.class, reviewerId);
    grant.review(outcome, reviewer, note, clock.instant());
    accessed.fire(
        new Accessed(
            Accessed.Action.BREAK_GLASS_REVIEWED,
            Accessed.ObjectKind.CASE,
            grant.caseFile().reference().toString(),
            true,
            Accessed.Extent.NONE,
            reviewer.id(),
            reviewer.username(),
            outcome.name()));
  }
}
