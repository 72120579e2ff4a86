package org.kesher.cases.control;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;
import org.kesher.ground.control.Israel;

/**
 * Israeli business time for SLA dates: Sunday to Thursday, within office hours, in Israel's time
 * zone, skipping the given public holidays.
 */
public final class BusinessCalendar {

  public static final ZoneId ISRAEL = Israel.ZONE;
  private static final Set<DayOfWeek> WEEKEND = Set.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

  private final LocalTime opens;
  private final LocalTime closes;
  private final Set<LocalDate> holidays;

  public BusinessCalendar(LocalTime opens, LocalTime closes, Set<LocalDate> holidays) {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("office hours must open before they close");
    }
    this.opens = opens;
    this.closes = closes;
    this.holidays = Set.copyOf(holidays);
  }

  /** Office hours 08:00 to 16:00, no holidays listed. */
  public static BusinessCalendar standard() {
    return new BusinessCalendar(LocalTime.of(8, 0), LocalTime.of(16, 0), Set.of());
  }

  public boolean isBusinessDay(LocalDate day) {
    return !WEEKEND.contains(day.getDayOfWeek()) && !holidays.contains(day);
  }

  /** The moment {@code hours} of office time after {@code start}. */
  public Instant plusBusinessHours(Instant start, Duration hours) {
    ZonedDateTime at = start.atZone(ISRAEL);
    Duration left = hours;
    while (true) {
      at = nextOpenMoment(at);
      ZonedDateTime closing = at.toLocalDate().atTime(closes).atZone(ISRAEL);
      Duration today = Duration.between(at, closing);
      if (left.compareTo(today) <= 0) {
        return at.plus(left).toInstant();
      }
      left = left.minus(today);
      at = closing;
    }
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
    return day.atTime(closes).atZone(ISRAEL).toInstant();
  }

  private ZonedDateTime nextOpenMoment(ZonedDateTime at) {
    ZonedDateTime candidate = at;
    while (true) {
      LocalDate day = candidate.toLocalDate();
      if (isBusinessDay(day)) {
        ZonedDateTime opening = day.atTime(opens).atZone(ISRAEL);
        ZonedDateTime closing = day.atTime(closes).atZone(ISRAEL);
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
