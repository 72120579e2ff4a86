package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.kesher.cases.entity.ActorKind;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.EventKind;
import org.kesher.cases.entity.ServiceDates;
import org.kesher.cases.entity.ServiceTarget;
import org.kesher.catalogue.control.BusinessCalendar;
import org.kesher.catalogue.control.BusinessCalendars;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;

/**
 * A case's service-target dates kept up with its timeline: worked out again ({@link ServiceClock})
 * after each event that may move a clock, in the transaction of the change, and for every open case
 * by the recompute job after a target or the calendar changed.
 */
@ApplicationScoped
public class ServiceTargets {

  /** Where both clocks of a case stand. */
  public record Readings(ServiceClock.Reading firstResponse, ServiceClock.Reading resolution) {}

  @PersistenceContext EntityManager em;

  @Inject BusinessCalendars calendars;

  Clock clock = Clock.systemUTC();

  /**
   * The calendar a unit's cases are measured on; outside the container (a test's own entity
   * manager, a tool) without the calendars, the standard one.
   */
  static BusinessCalendar calendarOf(BusinessCalendars calendars, Unit unit) {
    return calendars == null ? BusinessCalendar.standard() : calendars.of(unit);
  }

  /** The dates of a case opened now: both clocks run from when it was opened. */
  static ServiceDates opened(ServiceClock clocks, RequestType type, Instant openedAt) {
    return dates(
        new Readings(
            clocks.opened(openedAt, type.firstResponseTarget()),
            clocks.opened(openedAt, type.resolutionTarget())));
  }

  /** After {@code event} was kept: the case's dates again, if the event may have moved a clock. */
  public void follow(CaseEvent event) {
    CaseFile c = event.caseFile();
    boolean firstReply =
        event.kind() == EventKind.PUBLIC_REPLY
            && c.firstRespondedAt().filter(event.occurredAt()::equals).isPresent();
    if (event.changesStatus() || firstReply) {
      c.setServiceDates(dates(readings(c, clock.instant())));
    }
  }

  /** Where the case's clocks stand at {@code now}, from its timeline. */
  public Readings readings(CaseFile c, Instant now) {
    List<ServiceClock.Step> steps =
        em
            .createQuery(
                "SELECT e.occurredAt, e.kind, e.actorKind, e.fromStatus, e.toStatus"
                    + " FROM CaseEvent e WHERE e.caseFile = :c"
                    + " AND (e.toStatus IS NOT NULL OR e.kind = :reply)"
                    + " ORDER BY e.occurredAt, e.id",
                Object[].class)
            .setParameter("c", c)
            .setParameter("reply", EventKind.PUBLIC_REPLY)
            .getResultList()
            .stream()
            .map(
                row ->
                    new ServiceClock.Step(
                        (Instant) row[0],
                        (EventKind) row[1],
                        (ActorKind) row[2],
                        (CaseStatus) row[3],
                        (CaseStatus) row[4]))
            .toList();
    RequestType type = c.requestType();
    Instant opened = c.createdAt();
    var clocks = new ServiceClock(calendarOf(calendars, c.unit()));
    return new Readings(
        clocks.firstResponse(opened, steps, type.firstResponseTarget(), now),
        clocks.resolution(opened, steps, type.resolutionTarget(), now));
  }

  /**
   * Works the dates of a batch of open cases out again, the cases after {@code afterId} in id
   * order, without changing their version (a caseworker's open page stays valid); the caller's
   * transaction keeps them.
   *
   * @return the last case's id, or none when no open case is left
   */
  public java.util.OptionalLong recompute(long afterId, int size) {
    List<CaseFile> batch =
        em.createQuery(
                "SELECT c FROM CaseFile c WHERE c.id > :after AND c.status IN :open ORDER BY c.id",
                CaseFile.class)
            .setParameter("after", afterId)
            .setParameter("open", CaseStatus.OPEN)
            .setMaxResults(size)
            .getResultList();
    Instant now = clock.instant();
    for (CaseFile c : batch) {
      ServiceDates d = dates(readings(c, now));
      em.createNativeQuery(
              "UPDATE case_file SET first_response_warn = ?, first_response_due = ?,"
                  + " resolution_warn = ?, resolution_due = ?, next_escalation_at = ?"
                  + " WHERE id = ?")
          .setParameter(1, timestamp(d.firstResponseWarning()))
          .setParameter(2, timestamp(d.firstResponseDue()))
          .setParameter(3, timestamp(d.resolutionWarning()))
          .setParameter(4, timestamp(d.resolutionDue()))
          .setParameter(5, timestamp(d.nextEscalation()))
          .setParameter(6, c.id())
          .executeUpdate();
    }
    return batch.isEmpty()
        ? java.util.OptionalLong.empty()
        : java.util.OptionalLong.of(batch.get(batch.size() - 1).id());
  }

  /** The dates the readings give; the escalation job looks next at the earliest running mark. */
  static ServiceDates dates(Readings r) {
    Instant next =
        Stream.of(
                r.firstResponse().mark(ServiceTarget.Level.WARNING),
                r.firstResponse().mark(ServiceTarget.Level.BREACH),
                r.resolution().mark(ServiceTarget.Level.WARNING),
                r.resolution().mark(ServiceTarget.Level.BREACH))
            .filter(Objects::nonNull)
            .min(Instant::compareTo)
            .orElse(null);
    return new ServiceDates(
        r.firstResponse().warning(),
        r.firstResponse().due(),
        r.resolution().warning(),
        r.resolution().due(),
        next);
  }

  private static Timestamp timestamp(Instant at) {
    return at == null ? null : Timestamp.from(at);
  }
}
