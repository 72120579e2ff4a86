package org.kesher.catalogue.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.kesher.ground.control.Israel;

/**
 * Israeli business time for SLA dates: Sunday to Thursday, within office hours, in Israel's time
 * zone, skipping public holidays and closing early on their eves. Office hours are wall-clock times
 * in Israel, so a daylight-saving change (at night) neither adds nor takes an hour of business
 * time.
 */
public final class BusinessCalendar {

  public static final ZoneId ISRAEL = Israel.ZONE;

  /** The working week: Sunday to Thursday. */
  public static final Set<DayOfWeek> WORKING_WEEK =
      EnumSet.of(
          DayOfWeek.SUNDAY,
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY);

  /** When an office opens and closes on one weekday, wall-clock times in Israel. */
  public record OfficeDay(LocalTime opens, LocalTime closes) {
    public OfficeDay {
      if (!opens.isBefore(closes)) {
        throw new IllegalArgumentException("office hours must open before they close");
      }
    }
  }

  private final Map<DayOfWeek, OfficeDay> week;
  private final LocalTime eveCloses;
  private final Predicate<LocalDate> closed;
  private final Predicate<LocalDate> eve;

  /** Office hours on working days, closed on the {@code holidays} listed; no eves. */
  public BusinessCalendar(LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
    this(opens, closes, closes, Set.copyOf(holidays)::contains, day -> false);
  }

  /**
   * Office hours on working days, closed on the days {@code closed} names, and closing at {@code
   * eveCloses} on the days {@code eve} names (a holiday's eve).
   */
  public BusinessCalendar(
      LocalTime opens,
      LocalTime closes,
      LocalTime eveCloses,
      Predicate<LocalDate> closed,
      Predicate<LocalDate> eve) {
    this(sameHours(new OfficeDay(opens, closes)), eveCloses, closed, eve);
  }

  /**
   * Office hours per weekday (a weekday left out is closed), closed on the days {@code closed}
   * names, and closing at {@code eveCloses} at the latest on the days {@code eve} names.
   */
  public BusinessCalendar(
      Map<DayOfWeek, OfficeDay> week,
      LocalTime eveCloses,
      Predicate<LocalDate> closed,
      Predicate<LocalDate> eve) {
    this.week = week.isEmpty() ? Map.of() : new EnumMap<>(week);
    this.eveCloses = eveCloses;
    this.closed = closed;
    this.eve = eve;
  }

  /** The same hours every day of the working week. */
  public static Map<DayOfWeek, OfficeDay> sameHours(OfficeDay hours) {
    Map<DayOfWeek, OfficeDay> week = new EnumMap<>(DayOfWeek.class);
    WORKING_WEEK.forEach(day -> week.put(day, hours));
    return week;
  }

  /**
   * Office hours 08:00 to 16:00, Israel's public holidays closed and their eves closing at 13:00,
   * from the Hebrew calendar ({@link IsraeliHolidays}).
   */
  public static BusinessCalendar standard() {
    IsraeliHolidays holidays = IsraeliHolidays.standard();
    return new BusinessCalendar(
        LocalTime.of(8, 0),
        LocalTime.of(16, 0),
        LocalTime.of(13, 0),
        holidays::isClosed,
        holidays::isEve);
  }

  public boolean isBusinessDay(LocalDate day) {
    OfficeDay hours = week.get(day.getDayOfWeek());
    return hours != null && !closed.test(day) && hours.opens().isBefore(closing(day));
  }

  /** When the office opens on {@code day}, if it opens that weekday. */
  public LocalTime opening(LocalDate day) {
    OfficeDay hours = week.get(day.getDayOfWeek());
    return hours == null ? LocalTime.MIDNIGHT : hours.opens();
  }

  /** When the office closes on {@code day}: early on a holiday's eve. */
  public LocalTime closing(LocalDate day) {
    OfficeDay hours = week.get(day.getDayOfWeek());
    if (hours == null) {
      return LocalTime.MIDNIGHT;
    }
    return eve.test(day) && eveCloses.isBefore(hours.closes()) ? eveCloses : hours.closes();
  }

  /** Whether {@code day} is a holiday's eve on this calendar. */
  public boolean isEve(LocalDate day) {
    return eve.test(day);
  }

  /** Whether {@code day} is closed on this calendar for a holiday or a closure (weekends aside). */
  public boolean isClosed(LocalDate day) {
    return closed.test(day);
  }

  /** The moment {@code hours} of office time after {@code start}. */
  public Instant plusBusinessHours(Instant start, Duration hours) {
    ZonedDateTime at = start.atZone(ISRAEL);
    Duration left = hours;
    while (true) {
      at = nextOpenMoment(at);
      ZonedDateTime closing = at.toLocalDate().atTime(closing(at.toLocalDate())).atZone(ISRAEL);
      Duration today = Duration.between(at, closing);
      if (left.compareTo(today) <= 0) {
        return at.plus(left).toInstant();
      }
      left = left.minus(today);
      at = closing;
    }
  }

  /** How much office time lies between {@code from} and {@code to}; zero when to is not after. */
  public Duration businessTimeBetween(Instant from, Instant to) {
    Duration total = Duration.ZERO;
    if (!to.isAfter(from)) {
      return total;
    }
    LocalDate last = to.atZone(ISRAEL).toLocalDate();
    for (LocalDate day = from.atZone(ISRAEL).toLocalDate();
        !day.isAfter(last);
        day = day.plusDays(1)) {
      if (!isBusinessDay(day)) {
        continue;
      }
      Instant opening = day.atTime(opening(day)).atZone(ISRAEL).toInstant();
      Instant closing = day.atTime(closing(day)).atZone(ISRAEL).toInstant();
      Instant start = opening.isAfter(from) ? opening : from;
      Instant end = closing.isBefore(to) ? closing : to;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
  }

  /**
   * How many business days lie after {@code from} up to {@code to}, both days in Israel: 0 when
   * {@code to} is the same day or earlier.
   */
  public int businessDaysUntil(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isBusinessDay(day)) {
        days++;
      }
    }
    return days;
  }

  /** The end of the office day {@code days} business days after the day of {@code start}. */
  public Instant plusBusinessDays(Instant start, int days) {
    LocalDate day = start.atZone(ISRAEL).toLocalDate();
    int counted = 0;
    while (counted < days) {
      day = day.plusDays(1);
      if (isBusinessDay(day)) {
        counted++;
      }
    }
    return day.atTime(closing(day)).atZone(ISRAEL).toInstant();
  }

  /** The first moment from {@code at} on when the office is open; a year without one is refused. */
  private ZonedDateTime nextOpenMoment(ZonedDateTime at) {
    ZonedDateTime candidate = at;
    for (int days = 0; ; days++) {
      if (days > 366) {
        throw new IllegalStateException("no office hours in the coming year");
      }
      LocalDate day = candidate.toLocalDate();
      if (isBusinessDay(day)) {
        ZonedDateTime opening = day.atTime(opening(day)).atZone(ISRAEL);
        ZonedDateTime closing = day.atTime(closing(day)).atZone(ISRAEL);
        if (candidate.isBefore(opening)) {
          return opening;
        }
        if (candidate.isBefore(closing)) {
          return candidate;
        }
      }
      candidate = day.plusDays(1).atStartOfDay(ISRAEL);
    }
  }
}
