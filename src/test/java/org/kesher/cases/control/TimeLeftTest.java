package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a queue line says of a case's due date. */
class TimeLeftTest {

  private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

  private static TimeLeft in(Duration left) {
    return TimeLeft.until(NOW.plus(left), NOW).orElseThrow();
  }

  @Test
  void daysFromADayOnHoursBelowItAndAtLeastOne() {
    assertEquals(new TimeLeft(false, 3, 0), in(Duration.ofHours(80)));
    assertEquals("queue.leftDays", in(Duration.ofHours(80)).key());
    assertEquals(new TimeLeft(false, 0, 5), in(Duration.ofMinutes(330)));
    assertEquals("queue.leftHours", in(Duration.ofMinutes(330)).key());
    assertEquals(1, in(Duration.ofMinutes(10)).amount(), "never 'zero hours'");
  }

  @Test
  void aPassedDueDateSaysHowFarPast() {
    TimeLeft late = in(Duration.ofDays(-2).minusHours(3));
    assertTrue(late.overdue());
    assertEquals(2, late.amount());
    assertEquals("queue.overdueDays", late.key());
    assertEquals("queue.overdueHours", in(Duration.ofHours(-4)).key());
  }

  @Test
  void aCaseWithoutADueDateSaysNothing() {
    assertTrue(TimeLeft.until(null, NOW).isEmpty());
  }
}
