package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseStatus;

/**
 * Actions on several cases at once from the queue: each case as the viewer may, one transaction for
 * all; a case the rules refuse is left as it was and named.
 */
@ApplicationScoped
@Transactional
public class CaseBulk {

  @PersistenceContext EntityManager em;

  @Inject CaseLookup lookup;

  @Inject CaseEvents events;

  Clock clock = Clock.systemUTC();

  /** What a bulk action did: how many cases it changed, and which it had to leave as they were. */
  public record BulkResult(int changed, List<String> refused) {}

  /**
   * Takes the chosen cases, or moves them to a status; each as the viewer may, one transaction for
   * all. A case that the rules refuse (not in the viewer's unit, a move the model forbids) is left
   * as it was and named.
   *
   * @param next null to take the cases, else the status to move them to
   */
  public BulkResult bulk(Viewer viewer, List<String> references, CaseStatus next) {
    StaffAccount me = em.find(StaffAccount.class, viewer.staffId());
    Instant now = clock.instant();
    return each(
        viewer,
        references,
        c -> {
          if (next == null ? !c.status().isOpen() : !c.status().canMoveTo(next)) {
            return java.util.Optional.empty();
          }
          return java.util.Optional.of(
              next == null ? c.assignTo(me, me, now) : c.moveTo(next, me, now));
        });
  }

  /** Gives the chosen cases to one colleague; a case they may not take is left and named. */
  public BulkResult bulkAssign(Viewer viewer, List<String> references, long assigneeId) {
    StaffAccount me = em.find(StaffAccount.class, viewer.staffId());
    StaffAccount worker = em.find(StaffAccount.class, assigneeId);
    Instant now = clock.instant();
    return each(
        viewer,
        references,
        c ->
            c.status().isOpen() && CasePermissions.mayAssign(viewer, c, worker)
                ? java.util.Optional.of(c.assignTo(worker, me, now))
                : java.util.Optional.empty());
  }

  private BulkResult each(
      Viewer viewer,
      List<String> references,
      java.util.function.Function<CaseFile, java.util.Optional<CaseEvent>> change) {
    int changed = 0;
    List<String> refused = new java.util.ArrayList<>();
    for (String reference : references) {
      var found = lookup.open(viewer, reference);
      var event = found.filter(c -> CasePermissions.mayAct(viewer, c.unit().id())).flatMap(change);
      if (event.isEmpty()) {
        refused.add(reference);
        continue;
      }
      events.record(event.get());
      changed++;
    }
    return new BulkResult(changed, List.copyOf(refused));
  }
}
