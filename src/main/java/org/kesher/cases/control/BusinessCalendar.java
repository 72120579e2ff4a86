package org.kesher.cases.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import java.util.function.Predicate;
import org.kesher.catalogue.control.IsraeliHolidays;
import org.kesher.ground.control.Israel;

/**
 * Israeli business time for SLA dates: Sunday to Thursday, within office hours, in Israel's time
 * zone, skipping public holidays and closing early on their eves. Office hours are wall-clock times
 * in Israel, so a daylight-saving change (at night) neither adds nor takes an hour of business
 * time.
 */
public final class BusinessCalendar {

  public static final ZoneId ISRAEL = Israel.ZONE;
  private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

  private final LocalTime opens;
  private final LocalTime closes;
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
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("office hours must open before they close");
    }
    this.opens = opens;
    this.closes = closes;
    this.eveCloses = eveCloses.isBefore(closes) ? eveCloses : closes;
    this.closed = closed;
    this.eve = eve;
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
    return !WEEKEND.contains(day.getDayOfWeek())
        && !closed.test(day)
        && opens.isBefore(closing(day));
  }

  /** When the office closes on {@code day}: early on a holiday's eve. */
  public LocalTime closing(LocalDate day) {
    return eve.test(day) ? eveCloses : closes;
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
      Instant opening = day.atTime(opens).atZone(ISRAEL).toInstant();
      Instant closing = day.atTime(closing(day)).atZone(ISRAEL).toInstant();
      Instant start = opening.isAfter(from) ? opening : from;
      Instant end = closing.isBefore(to) ? closing : to;
      if (end.isAfter(start)) {
        total = total.plus(Duration.between(start, end));
      }
    }
    return total;
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

  private ZonedDateTime nextOpenMoment(ZonedDateTime at) {
    ZonedDateTime candidate = at;
    while (true) {
      LocalDate day = candidate.toLocalDate();
      if (isBusinessDay(day)) {
        ZonedDateTime opening = day.atTime(opens).atZone(ISRAEL);
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
