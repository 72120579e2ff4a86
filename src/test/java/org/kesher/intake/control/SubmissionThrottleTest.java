package org.kesher.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SubmissionThrottleTest {

  @Test
  void eachClientHasItsOwnHourlyAllowance() {
    var throttle = new SubmissionThrottle(3);
    for (int i = 0; i < 3; i++) {
      assertTrue(throttle.tryOpen("10.0.0.1"), "submission " + (i + 1));
    }
    assertFalse(throttle.tryOpen("10.0.0.1"), "the fourth in the hour is refused");
    assertTrue(throttle.tryOpen("10.0.0.2"), "another client is not affected");
    assertEquals(1200, throttle.retryAfterSeconds(), "one comes back every 20 minutes");
  }
}
