package org.kesher.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.kesher.catalogue.entity.ClosedDay;

/**
 * A unit's calendar as the administrators set it: its own office hours per weekday, the eve's
 * closing hour and Chol HaMoed as the department set them, and the days closed for every unit, for
 * the unit, or for its locality (and not those of another); business time skips what is closed; the
 * calendar page names the source of each day.
 */
class CalendarMonthsTest {

  private static final long UNIT = 7;
  private static final long OTHER_UNIT = 8;
  private static final long LOCALITY = 30;
  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

  private static Instant israel(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.ISRAEL).toInstant();
  }

  private static ClosedDay closed(String day, Long unit, Long locality, String source) {
    return new ClosedDay(LocalDate.parse(day), unit, locality, source, "Why " + day, "admin", NOW);
  }

  /** Unit 7 opens Sunday to Wednesday 09:00-14:00; eves close at 12:00; Chol HaMoed closed. */
  private static BusinessCalendars.Calendars calendars() {
    Map<DayOfWeek, BusinessCalendar.OfficeDay> week = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day :
        List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)) {
      week.put(day, new BusinessCalendar.OfficeDay(LocalTime.of(9, 0), LocalTime.of(14, 0)));
    }
    return new BusinessCalendars.Calendars(
        new BusinessCalendars.Settings(LocalTime.of(12, 0), true),
        Map.of(UNIT, week),
        Map.of(
            LocalDate.parse("2027-03-09"),
                List.of(closed("2027-03-09", null, LOCALITY, "EID_AL_FITR")),
            LocalDate.parse("2026-12-14"),
                List.of(closed("2026-12-14", OTHER_UNIT, null, ClosedDay.ONE_OFF)),
            LocalDate.parse("2026-12-15"), List.of(closed("2026-12-15", null, null, "ONE_OFF")),
            LocalDate.parse("2026-12-16"),
                List.of(closed("2026-12-16", UNIT, null, ClosedDay.ONE_OFF))));
  }

  private static CalendarMonths.Day day(List<CalendarMonths.Month> months, String date) {
    LocalDate wanted = LocalDate.parse(date);
    return months.stream()
        .flatMap(m -> m.weeks().stream())
        .flatMap(w -> w.days().stream())
        .filter(Objects::nonNull)
        .filter(d -> d.date().equals(wanted))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void everyDayOfTheComingMonthsSaysWhatItIsAndWhereThatComesFrom() {
    var months = CalendarMonths.of(calendars(), UNIT, LOCALITY, LocalDate.parse("2026-09-01"), 12);
    assertEquals(12, months.size());
    assertEquals("2026-09", months.get(0).month().toString());
    assertNull(months.get(0).weeks().get(0).days().get(0), "1 September 2026 is a Tuesday");
    assertEquals(
        new CalendarMonths.Day(
            LocalDate.parse("2026-09-20"),
            CalendarMonths.Kind.EVE,
            "YOM_KIPPUR",
            "09:00-12:00",
            true),
        day(months, "2026-09-20"));
    assertEquals(CalendarMonths.Kind.HOLIDAY, day(months, "2026-09-21").kind());
    assertEquals("YOM_KIPPUR", day(months, "2026-09-21").source());
    var cholHamoed = day(months, "2026-09-28");
    assertEquals(CalendarMonths.Kind.CHOL_HAMOED, cholHamoed.kind());
    assertEquals("CHOL_HAMOED_SUKKOT", cholHamoed.source());
    assertFalse(cholHamoed.open(), "the department closed Chol HaMoed");
    assertEquals(CalendarMonths.Kind.NOT_OPEN, day(months, "2026-12-10").kind(), "a Thursday");
    assertEquals(
        new CalendarMonths.Day(
            LocalDate.parse("2026-12-09"), CalendarMonths.Kind.OPEN, "", "09:00-14:00", true),
        day(months, "2026-12-09"));
    assertEquals(CalendarMonths.Kind.OPEN, day(months, "2026-12-14").kind(), "another unit's");
    assertEquals(CalendarMonths.Kind.CLOSED, day(months, "2026-12-15").kind(), "every unit's");
    assertEquals("Why 2026-12-16", day(months, "2026-12-16").detail(), "the unit's own");
    assertEquals("EID_AL_FITR", day(months, "2027-03-09").source(), "its locality's");
  }

  @Test
  void businessTimeSkipsTheDaysClosedForTheUnitAndKeepsItsOwnHours() {
    BusinessCalendar unit = calendars().of(UNIT, LOCALITY);
    // Sunday 13 December 13:00: one hour that day; Monday open (another unit's closure); Tuesday
    // closed for every unit, Wednesday for this unit, Thursday not open: Sunday 20 09:00 + 2 h
    assertEquals(
        israel("2026-12-20T11:00"),
        unit.plusBusinessHours(israel("2026-12-13T13:00"), Duration.ofHours(8)));
    assertEquals(
        Duration.ofHours(6),
        unit.businessTimeBetween(israel("2026-12-13T13:00"), israel("2026-12-20T09:00")));
    BusinessCalendar other = calendars().of(OTHER_UNIT, null);
    assertEquals(
        israel("2026-12-16T16:00"),
        other.plusBusinessHours(israel("2026-12-13T16:00"), Duration.ofHours(8)),
        "the other unit keeps 08:00-16:00 and its own closure on Monday 14");
  }
}
