package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.ServiceDates;
import org.kesher.cases.entity.ServiceTarget;
import org.kesher.ground.control.JobClaims;

/**
 * Tells staff of service targets running out: at the warning mark (four fifths of a target) the
 * assignee, at the due date the unit's heads; a notice in the staff pages, a mail through the
 * outbox (neutral for a sealed case) and an event on the timeline (only the event for a mark long
 * past, {@link #STALE}). Each fires once per case, target and level however many nodes look: the
 * case's row is locked while its escalations are claimed ({@code case_escalation}, whose primary
 * key refuses a second claim).
 */
@ApplicationScoped
public class CaseEscalations {

  /**
   * A mark this long past when the job first sees it (the cases of an upgrade from a version
   * without escalations, a job stopped for days) is recorded on the timeline without a notice or a
   * mail: nobody is told of a hundred old breaches at once.
   */
  static final java.time.Duration STALE = java.time.Duration.ofDays(7);

  @PersistenceContext EntityManager em;

  @Inject CaseEvents events;

  @Inject StaffAccounts accounts;

  @Inject Event<CaseNotice> notices;

  /** The cases with a mark or due date reached by {@code now}, the earliest first. */
  public List<Long> reached(Instant now, int max) {
    return em.createQuery(
            "SELECT c.id FROM CaseFile c WHERE c.nextEscalation <= :now"
                + " ORDER BY c.nextEscalation, c.id",
            Long.class)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Tells what the case reached by {@code now} and nobody told yet, in the caller's transaction,
   * and sets where the job looks at it next.
   *
   * @return how many escalations this call fired
   */
  public int escalate(long caseId, Instant now) {
    CaseFile c = em.find(CaseFile.class, caseId, LockModeType.PESSIMISTIC_WRITE);
    if (c == null) {
      return 0;
    }
    Set<String> told = told(caseId);
    ServiceDates dates = c.serviceDates();
    int fired = 0;
    for (ServiceTarget target : ServiceTarget.values()) {
      for (ServiceTarget.Level level : ServiceTarget.Level.values()) {
        Instant mark = mark(c, dates, target, level);
        if (mark != null && !mark.isAfter(now) && told.add(target + "/" + level)) {
          claim(caseId, target, level, now);
          events.record(CaseEvent.escalated(c, target, level, now));
          if (!mark.isBefore(now.minus(STALE))) {
            tell(c, target, level);
          }
          fired++;
        }
      }
    }
    Instant next =
        Stream.of(ServiceTarget.values())
            .flatMap(t -> Stream.of(ServiceTarget.Level.values()).map(l -> mark(c, dates, t, l)))
            .filter(Objects::nonNull)
            .filter(now::isBefore)
            .min(Instant::compareTo)
            .orElse(null);
    em.createNativeQuery("UPDATE case_file SET next_escalation_at = ? WHERE id = ?")
        .setParameter(1, next == null ? null : Timestamp.from(next))
        .setParameter(2, caseId)
        .executeUpdate();
    return fired;
  }

  /** A target's mark for {@code level} while its clock runs; none otherwise. */
  private static Instant mark(
      CaseFile c, ServiceDates d, ServiceTarget target, ServiceTarget.Level level) {
    if (!ServiceClock.RUNNING.contains(c.status())) {
      return null;
    }
    boolean warning = level == ServiceTarget.Level.WARNING;
    if (target == ServiceTarget.FIRST_RESPONSE) {
      if (c.firstRespondedAt().isPresent()) {
        return null;
      }
      return warning ? d.firstResponseWarning() : d.firstResponseDue();
    }
    return warning ? d.resolutionWarning() : d.resolutionDue();
  }

  private Set<String> told(long caseId) {
    Set<String> told = new HashSet<>();
    for (Object row :
        em.createNativeQuery("SELECT target, level FROM case_escalation WHERE case_id = ?")
            .setParameter(1, caseId)
            .getResultList()) {
      Object[] cells = (Object[]) row;
      told.add(cells[0] + "/" + cells[1]);
    }
    return told;
  }

  private void claim(long caseId, ServiceTarget target, ServiceTarget.Level level, Instant now) {
    em.createNativeQuery(
            "INSERT INTO case_escalation (case_id, target, level, fired_at, node)"
                + " VALUES (?, ?, ?, ?, ?)")
        .setParameter(1, caseId)
        .setParameter(2, target.name())
        .setParameter(3, level.name())
        .setParameter(4, Timestamp.from(now))
        .setParameter(5, JobClaims.node())
        .executeUpdate();
  }

  /** The warning goes to the assignee (the unit's heads when there is none), a breach to heads. */
  private void tell(CaseFile c, ServiceTarget target, ServiceTarget.Level level) {
    List<StaffAccount> told =
        level == ServiceTarget.Level.WARNING && c.assignee().isPresent()
            ? List.of(c.assignee().get())
            : accounts.headsOf(c.unit().id());
    told.forEach(staff -> notices.fire(CaseNotice.targetReached(c, staff, target, level)));
  }
}
