package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

  @Test
  void theCutoffIsCalendarMonthsBackInIsrael() {
    // 2026-12-06 10:00 in Israel (winter, +02:00); 24 months back is 2024-12-06 10:00 (+02:00)
    assertEquals(
        Instant.parse("2024-12-06T08:00:00Z"),
        new RetentionPeriod(24).cutoff(Instant.parse("2026-12-06T08:00:00Z")));
    // across the summer clock: 2026-07-01 10:00 (+03:00) less 6 months is 2026-01-01 10:00 (+02:00)
    assertEquals(
        Instant.parse("2026-01-01T08:00:00Z"),
        new RetentionPeriod(6).cutoff(Instant.parse("2026-07-01T07:00:00Z")));
  }

  @Test
  void aCaseIsPastItsPeriodOnlyAfterTheCutoff() {
    Instant now = Instant.parse("2026-12-06T08:00:00Z");
    var period = new RetentionPeriod(24);
    assertTrue(period.isPast(Instant.parse("2024-12-06T07:59:59Z"), now));
    assertFalse(period.isPast(Instant.parse("2024-12-06T08:00:00Z"), now));
  }

  @Test
  void aPeriodOfNoMonthsIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new RetentionPeriod(0));
  }
}
