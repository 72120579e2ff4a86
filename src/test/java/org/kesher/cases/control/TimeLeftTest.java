package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kesher.catalogue.control.BusinessCalendar;

/** What a queue line says of a case's due date, counted in business time. */
class TimeLeftTest {

  private static final BusinessCalendar CALENDAR =
      new BusinessCalendar(LocalTime.of(8, 0), LocalTime.of(16, 0), Set.of());

  /** Sunday 6 December 2026, 10:00 in Israel. */
  private static final Instant NOW = israel("2026-12-06T10:00");

  private static Instant israel(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.ISRAEL).toInstant();
  }

  private static TimeLeft at(String due) {
    return TimeLeft.of(null, israel(due), false, NOW, CALENDAR).orElseThrow();
  }

  @Test
  void businessDaysFromEightHoursOnBusinessHoursBelowAndAtLeastOne() {
    // Sunday 10:00 to Wednesday 12:00: 6 + 8 + 8 + 4 = 26 business hours, three days
    assertEquals(new TimeLeft(TimeLeft.State.ON_TIME, 3, 0), at("2026-12-09T12:00"));
    assertEquals("queue.leftDays", at("2026-12-09T12:00").key());
    assertEquals(new TimeLeft(TimeLeft.State.ON_TIME, 0, 5), at("2026-12-06T15:30"));
    assertEquals("queue.leftHours", at("2026-12-06T15:30").key());
    assertEquals(1, at("2026-12-06T10:10").amount(), "never 'zero hours'");
  }

  @Test
  void theWeekendAndTheNightAreNotCounted() {
    // Thursday 15:00 to Sunday 09:00: one hour on Thursday and one on Sunday
    Instant thursday = israel("2026-12-10T15:00");
    var left =
        TimeLeft.of(null, israel("2026-12-13T09:00"), false, thursday, CALENDAR).orElseThrow();
    assertEquals(2, left.amount());
    assertEquals("queue.leftHours", left.key());
  }

  @Test
  void pastTheWarningMarkItSaysSoAndPastTheDueDateHowFarPast() {
    var soon =
        TimeLeft.of(israel("2026-12-06T09:00"), israel("2026-12-06T12:00"), false, NOW, CALENDAR)
            .orElseThrow();
    assertEquals(TimeLeft.State.SOON, soon.state());
    assertEquals("queue.soonHours", soon.key());
    TimeLeft late = at("2026-12-02T10:00");
    assertTrue(late.overdue());
    assertEquals("queue.overdueDays", late.key());
    assertEquals(2, late.amount(), "Wednesday 10:00 to Sunday 10:00: 6 + 8 + 2 business hours");
    assertEquals("queue.overdueHours", at("2026-12-06T08:00").key());
  }

  @Test
  void aCaseWaitingForTheResidentIsPausedAndOneWithoutADueDateSaysNothing() {
    assertEquals(
        "queue.paused",
        TimeLeft.of(null, israel("2026-12-01T10:00"), true, NOW, CALENDAR).orElseThrow().key());
    assertTrue(TimeLeft.of(null, null, false, NOW, CALENDAR).isEmpty());
  }
}
