package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseHold;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.control.Accessed;

/**
 * Legal holds on the case page: the head of the case's unit or a department manager who sees the
 * case places one with a reason, and releases it; each step is in the access log. A held case is
 * kept whole past its retention ({@link CaseRetention}).
 */
@ApplicationScoped
public class CaseHolds {

  @PersistenceContext EntityManager em;

  @Inject CaseLookup lookup;

  @Inject Event<Accessed> accessed;

  Clock clock = Clock.systemUTC();

  /** A hold as the case page shows it. */
  public record Hold(String reason, String by, java.time.Instant at) {}

  /** Whether the viewer may place or release a hold on a case of {@code unitId}. */
  public static boolean mayHold(Viewer viewer, long unitId) {
    return viewer.heads().contains(unitId) || viewer.roles().contains(StaffRole.DEPARTMENT_MANAGER);
  }

  /** What the case page shows of holds: whether the viewer may hold the case, and its hold. */
  public record State(boolean allowed, Hold hold) {}

  /** The hold on a case the viewer sees, if any. */
  public Optional<Hold> of(Viewer viewer, String reference) {
    return lookup.open(viewer, reference).flatMap(this::hold);
  }

  /** The state of holds on a case the viewer sees; empty when they do not see it. */
  public Optional<State> state(Viewer viewer, String reference) {
    return lookup
        .open(viewer, reference)
        .map(c -> new State(mayHold(viewer, c.unit().id()), hold(c).orElse(null)));
  }

  private Optional<Hold> hold(CaseFile c) {
    return em.createNamedQuery(CaseHold.OF_CASE, CaseHold.class)
        .setParameter("caseId", c.id())
        .getResultStream()
        .findFirst()
        .map(h -> new Hold(h.reason(), h.heldBy().displayName(), h.heldAt()));
  }

  /**
   * Places a hold.
   *
   * @throws CaseRuleViolation when the viewer may not, the case is held already, or the reason is
   *     too short or too long
   */
  public void place(Viewer viewer, String reference, String reason) {
    CaseFile c = holdable(viewer, reference);
    if (hold(c).isPresent()) {
      throw new CaseRuleViolation("hold.already", "the case is on hold already");
    }
    em.persist(
        new CaseHold(c, reason, em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
    record(viewer, c, "hold placed");
  }

  /** Releases the hold: the case's retention applies again. */
  public void release(Viewer viewer, String reference) {
    CaseFile c = holdable(viewer, reference);
    int removed =
        em.createQuery("DELETE FROM CaseHold h WHERE h.caseId = :caseId")
            .setParameter("caseId", c.id())
            .executeUpdate();
    if (removed == 0) {
      throw new CaseRuleViolation("hold.none", "the case is not on hold");
    }
    record(viewer, c, "hold released");
  }

  private CaseFile holdable(Viewer viewer, String reference) {
    CaseFile c = lookup.open(viewer, reference).orElseThrow(CaseNotFound::new);
    if (!mayHold(viewer, c.unit().id())) {
      throw new CaseRuleViolation("hold.notAllowed", "only a unit head or manager holds a case");
    }
    return c;
  }

  private void record(Viewer viewer, CaseFile c, String detail) {
    accessed.fire(
        Accessed.ofCase(
            Accessed.Action.CASE_CHANGED,
            c.reference().toString(),
            Accessed.Extent.NONE,
            viewer.staffId(),
            null,
            detail));
  }
}
