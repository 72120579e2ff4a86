package org.kesher.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kesher.catalogue.entity.ClosedDay;

/**
 * What administrators change in the business calendar, in the caller's transaction: the
 * department's settings, a unit's office hours, and further closed days. Every change moves the
 * calendar's revision (open cases' due dates are worked out again, {@link CalendarRevisions}) and
 * the catalogue's edition (the calendars kept in memory are read again, {@link BusinessCalendars}).
 */
@ApplicationScoped
public class CalendarAdmin {

  /** The latest a holiday's eve may close, and the earliest. */
  static final LocalTime EVE_EARLIEST = LocalTime.of(10, 0);

  @PersistenceContext EntityManager em;

  @Inject CatalogueEdition edition;

  @Inject CalendarRevisions revisions;

  /** A refused change: the message key and its value. */
  public static final class Refused extends RuntimeException {
    private final String key;

    public Refused(String key) {
      super(key);
      this.key = key;
    }

    public String key() {
      return key;
    }
  }

  /** Sets when a holiday's eve closes and whether Chol HaMoed is closed. */
  public void settings(BusinessCalendars.Settings settings, Instant now) {
    if (settings.eveCloses().isBefore(EVE_EARLIEST)
        || settings.eveCloses().isAfter(BusinessCalendars.USUAL_HOURS.closes())) {
      throw new Refused("calendar.eveOutOfRange");
    }
    em.createNativeQuery(
            "UPDATE business_calendar SET eve_closes_minute = ?, chol_hamoed_closed = ?"
                + " WHERE id = 1")
        .setParameter(1, minutes(settings.eveCloses()))
        .setParameter(2, settings.cholHamoedClosed())
        .executeUpdate();
    changed(now);
  }

  /**
   * Sets a unit's office hours per weekday of the working week; a weekday left out is closed. At
   * least one weekday must stay open.
   */
  public void officeHours(
      long unitId, Map<DayOfWeek, BusinessCalendar.OfficeDay> week, Instant now) {
    if (week.isEmpty()) {
      throw new Refused("calendar.noOpenDay");
    }
    if (!BusinessCalendar.WORKING_WEEK.containsAll(week.keySet())) {
      throw new Refused("calendar.notAWorkingDay");
    }
    em.createNativeQuery("DELETE FROM unit_office_hours WHERE unit_id = ?")
        .setParameter(1, unitId)
        .executeUpdate();
    week.forEach(
        (day, hours) ->
            em.createNativeQuery(
                    "INSERT INTO unit_office_hours (unit_id, weekday, opens_minute, closes_minute)"
                        + " VALUES (?, ?, ?, ?)")
                .setParameter(1, unitId)
                .setParameter(2, day.getValue())
                .setParameter(3, minutes(hours.opens()))
                .setParameter(4, minutes(hours.closes()))
                .executeUpdate());
    changed(now);
  }

  /**
   * Closes a day for every unit, one unit or the units of one locality.
   *
   * @param source {@link ClosedDay#ONE_OFF}, or the suggested holiday the administrator confirmed
   * @throws Refused for a day already past, or one already closed for the same units
   */
  public ClosedDay close(
      LocalDate day,
      Long unitId,
      Long localityId,
      String source,
      String reason,
      String by,
      Instant now) {
    if (day.isBefore(now.atZone(BusinessCalendar.ISRAEL).toLocalDate())) {
      throw new Refused("calendar.dayPast");
    }
    if (reason == null || reason.isBlank()) {
      throw new Refused("calendar.reasonMissing");
    }
    if (unitId != null && localityId != null) {
      throw new Refused("calendar.unitOrLocality");
    }
    boolean twice =
        closedOn(day).stream()
            .anyMatch(
                d ->
                    d.unitId().equals(Optional.ofNullable(unitId))
                        && d.localityId().equals(Optional.ofNullable(localityId)));
    if (twice) {
      throw new Refused("calendar.closedAlready");
    }
    var closed = new ClosedDay(day, unitId, localityId, source, reason, by, now);
    em.persist(closed);
    changed(now);
    return closed;
  }

  /** Opens a day an administrator closed again; a day already past stays as it was. */
  public Optional<ClosedDay> reopen(long closedDayId, Instant now) {
    ClosedDay closed = em.find(ClosedDay.class, closedDayId);
    if (closed == null
        || closed.closedOn().isBefore(now.atZone(BusinessCalendar.ISRAEL).toLocalDate())) {
      return Optional.empty();
    }
    em.remove(closed);
    changed(now);
    return Optional.of(closed);
  }

  /** The closed days from {@code from} to {@code to}, in date order. */
  public List<ClosedDay> closures(LocalDate from, LocalDate to) {
    return em.createNamedQuery(ClosedDay.BETWEEN, ClosedDay.class)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  private List<ClosedDay> closedOn(LocalDate day) {
    return closures(day, day);
  }

  private void changed(Instant now) {
    revisions.changed(now);
    edition.changed();
  }

  private static int minutes(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }
}
