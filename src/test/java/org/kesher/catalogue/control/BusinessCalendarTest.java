package org.kesher.catalogue.control;

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

  @Test
  void holidaysAreClosedAndTheirEvesCloseAtOne() {
    // Erev Pesach (Wednesday 2026-04-01) closes at 13:00; Pesach (Thursday) is closed; the
    // weekend; Chol HaMoed (Sunday 04-05) is open
    assertEquals(
        israel("2026-04-05T10:00"),
        calendar.plusBusinessHours(israel("2026-04-01T12:00"), Duration.ofHours(3)));
    // Erev Yom Kippur (Sunday 2026-09-20) closes at 13:00; Yom Kippur (Monday) is closed
    assertEquals(
        israel("2026-09-22T09:00"),
        calendar.plusBusinessHours(israel("2026-09-20T12:00"), Duration.ofHours(2)));
    // one business day after Tuesday 2026-04-21 (Yom HaZikaron, a working day): Independence
    // Day (Wednesday) is closed, so the next is Thursday, to its office's closing
    assertEquals(
        israel("2026-04-23T16:00"), calendar.plusBusinessDays(israel("2026-04-21T09:00"), 1));
    // one business day after Thursday 2027-09-30: Friday and the Sabbath (Rosh Hashanah's first
    // day), then its second day (Sunday) closed, so Monday 2027-10-04
    assertEquals(
        israel("2027-10-04T16:00"), calendar.plusBusinessDays(israel("2027-09-30T09:00"), 1));
  }

  @Test
  void daylightSavingChangesAddOrTakeNoBusinessTime() {
    // summer time begins in the night to Friday 2026-03-27: Thursday 15:00 + 2h is Sunday 09:00
    assertEquals(
        israel("2026-03-29T09:00"),
        calendar.plusBusinessHours(israel("2026-03-26T15:00"), Duration.ofHours(2)));
    // and ends at 02:00 on Sunday 2026-10-25: a whole office day is still eight hours
    assertEquals(
        israel("2026-10-25T16:00"),
        calendar.plusBusinessHours(israel("2026-10-25T01:00"), Duration.ofHours(8)));
    assertEquals(
        israel("2026-10-26T09:00"),
        calendar.plusBusinessHours(israel("2026-10-22T15:00"), Duration.ofHours(10)));
  }
}
