package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

  private static Instant israel(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(BusinessCalendar.ISRAEL).toInstant();
  }

  private final BusinessCalendar calendar = BusinessCalendar.standard();

  @Test
  void countsOfficeHoursSundayToThursday() {
    // Sunday 2026-11-22 10:00 + 4h = 14:00 the same day
    assertEquals(
        israel("2026-11-22T14:00"),
        calendar.plusBusinessHours(israel("2026-11-22T10:00"), Duration.ofHours(4)));
    // Thursday 15:00 + 2h: one hour Thursday, then Sunday 09:00
    assertEquals(
        israel("2026-11-29T09:00"),
        calendar.plusBusinessHours(israel("2026-11-26T15:00"), Duration.ofHours(2)));
    // Friday evening counts from Sunday's opening
    assertEquals(
        israel("2026-11-29T12:00"),
        calendar.plusBusinessHours(israel("2026-11-27T20:00"), Duration.ofHours(4)));
  }

  @Test
  void countsBusinessDaysSkippingWeekendsAndHolidays() {
    // Thursday + 1 business day = Sunday, end of office day
    assertEquals(
        israel("2026-11-29T16:00"), calendar.plusBusinessDays(israel("2026-11-26T09:00"), 1));
    var withHoliday =
        new BusinessCalendar(
            LocalTime.of(8, 0), LocalTime.of(16, 0), Set.of(LocalDate.parse("2026-11-29")));
    assertEquals(
        israel("2026-11-30T16:00"), withHoliday.plusBusinessDays(israel("2026-11-26T09:00"), 1));
  }
}
