package org.kesher.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.kesher.catalogue.entity.ClosedDay;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Unit;

/**
 * Each unit's business calendar: its office hours per weekday (08:00-16:00, Sunday to Thursday,
 * unless an administrator set others), Israel's public holidays from the Hebrew calendar with their
 * eves closing at the department's hour and Chol HaMoed open or closed as set, and the further days
 * administrators closed for every unit, the unit, or its locality. Read from the database at once
 * and kept like the catalogue ({@link Kept}): a change saved here is used at once, one saved on
 * another node as {@link CatalogueEdition} says.
 */
@ApplicationScoped
public class BusinessCalendars {

  /** The office hours of a unit no administrator set others for. */
  public static final BusinessCalendar.OfficeDay USUAL_HOURS =
      new BusinessCalendar.OfficeDay(LocalTime.of(8, 0), LocalTime.of(16, 0));

  /** The department's settings: when a holiday's eve closes, whether Chol HaMoed is closed. */
  public record Settings(LocalTime eveCloses, boolean cholHamoedClosed) {}

  @PersistenceContext EntityManager em;

  @Inject CatalogueEdition edition;

  private volatile Kept<Calendars> kept;

  /** What the calendars are made of, read together; each unit's calendar is made once. */
  public static final class Calendars {
    private final Settings settings;
    private final Map<Long, Map<DayOfWeek, BusinessCalendar.OfficeDay>> hours;
    private final Map<LocalDate, List<ClosedDay>> closures;
    private final ConcurrentMap<List<Long>, BusinessCalendar> made = new ConcurrentHashMap<>();

    Calendars(
        Settings settings,
        Map<Long, Map<DayOfWeek, BusinessCalendar.OfficeDay>> hours,
        Map<LocalDate, List<ClosedDay>> closures) {
      this.settings = settings;
      this.hours = hours;
      this.closures = closures;
    }

    public Settings settings() {
      return settings;
    }

    /** The unit's office hours per weekday; a weekday left out is closed. */
    public Map<DayOfWeek, BusinessCalendar.OfficeDay> hoursOf(long unitId) {
      return hours.getOrDefault(unitId, BusinessCalendar.sameHours(USUAL_HOURS));
    }

    /** The administrators' closure of {@code day} that holds for the unit, if any. */
    public Optional<ClosedDay> closure(long unitId, Long localityId, LocalDate day) {
      return closures.getOrDefault(day, List.of()).stream()
          .filter(d -> d.closes(unitId, localityId))
          .findFirst();
    }

    /** The calendar of a unit (in a locality, or none). */
    public BusinessCalendar of(long unitId, Long localityId) {
      return made.computeIfAbsent(
          java.util.Arrays.asList(unitId, localityId),
          key -> {
            IsraeliHolidays holidays = IsraeliHolidays.of(settings.cholHamoedClosed());
            return new BusinessCalendar(
                hoursOf(unitId),
                settings.eveCloses(),
                day -> holidays.isClosed(day) || closure(unitId, localityId, day).isPresent(),
                holidays::isEve);
          });
    }
  }

  /** The calendar the unit's cases are measured on. */
  public BusinessCalendar of(Unit unit) {
    return calendars().of(unit.id(), unit.locality().map(Locality::id).orElse(null));
  }

  /** The calendars as they stand now. */
  public Calendars calendars() {
    Kept<Calendars> copy = kept;
    if (copy == null) {
      copy = new Kept<>(() -> edition);
      kept = copy;
    }
    return copy.get(this::read);
  }

  private Calendars read() {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT eve_closes_minute, chol_hamoed_closed FROM business_calendar"
                        + " WHERE id = 1")
                .getSingleResult();
    var settings =
        new Settings(LocalTime.MIN.plusMinutes(((Number) row[0]).longValue()), truth(row[1]));
    Map<Long, Map<DayOfWeek, BusinessCalendar.OfficeDay>> hours = new HashMap<>();
    for (Object line :
        em.createNativeQuery(
                "SELECT unit_id, weekday, opens_minute, closes_minute FROM unit_office_hours")
            .getResultList()) {
      Object[] cells = (Object[]) line;
      hours
          .computeIfAbsent(((Number) cells[0]).longValue(), unit -> new EnumMap<>(DayOfWeek.class))
          .put(
              DayOfWeek.of(((Number) cells[1]).intValue()),
              new BusinessCalendar.OfficeDay(
                  LocalTime.MIN.plusMinutes(((Number) cells[2]).longValue()),
                  LocalTime.MIN.plusMinutes(((Number) cells[3]).longValue())));
    }
    Map<LocalDate, List<ClosedDay>> closures = new HashMap<>();
    for (ClosedDay day :
        em.createQuery("SELECT d FROM ClosedDay d ORDER BY d.closedOn, d.id", ClosedDay.class)
            .getResultList()) {
      closures.computeIfAbsent(day.closedOn(), d -> new java.util.ArrayList<>()).add(day);
    }
    return new Calendars(settings, hours, closures);
  }

  private static boolean truth(Object cell) {
    return cell instanceof Boolean b ? b : ((Number) cell).intValue() != 0;
  }
}
