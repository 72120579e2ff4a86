package org.kesher.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private static final Instant WRITTEN = Instant.parse("2026-11-01T08:00:00Z");
  private final RetryPolicy retry = new RetryPolicy(Duration.ofMinutes(1));

  @Test
  void theWaitDoublesWithEveryFailureUpToFourHours() {
    assertEquals(WRITTEN.plusSeconds(60), retry.next(1, WRITTEN, WRITTEN).orElseThrow());
    assertEquals(WRITTEN.plusSeconds(120), retry.next(2, WRITTEN, WRITTEN).orElseThrow());
    assertEquals(WRITTEN.plusSeconds(480), retry.next(4, WRITTEN, WRITTEN).orElseThrow());
    assertEquals(
        WRITTEN.plus(RetryPolicy.LONGEST_WAIT), retry.next(40, WRITTEN, WRITTEN).orElseThrow());
  }

  @Test
  void theLastTryIsSeventyTwoHoursAfterTheMailWasWrittenAndThenItGivesUp() {
    Instant late = WRITTEN.plus(Duration.ofHours(71));
    assertEquals(
        WRITTEN.plus(RetryPolicy.GIVE_UP_AFTER), retry.next(20, WRITTEN, late).orElseThrow());
    assertTrue(retry.next(21, WRITTEN, WRITTEN.plus(RetryPolicy.GIVE_UP_AFTER)).isEmpty());
  }
}
