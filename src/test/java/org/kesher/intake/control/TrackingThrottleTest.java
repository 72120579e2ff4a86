package org.kesher.intake.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TrackingThrottleTest {

  @Test
  void aCaseHasOneAllowanceHoweverItsReferenceIsSpelled() {
    var throttle = new TrackingThrottle();
    String[] spellings = {
      "KS-2026-000340", "KS-2026-0000340", " ks-2026-00000340 ", "ks-2026-000340"
    };
    for (int i = 0; i < TrackingThrottle.ATTEMPTS; i++) {
      assertTrue(throttle.mayTry("10.0.0.1", spellings[i % spellings.length]), "attempt " + i);
      throttle.failed("10.0.0.1", spellings[i % spellings.length]);
    }
    for (String spelling : spellings) {
      assertFalse(throttle.mayTry("10.0.0.1", spelling), spelling + " is the same case");
    }
    assertTrue(throttle.mayTry("10.0.0.1", "KS-2026-000341"), "another case is not held");
    assertTrue(throttle.mayTry("10.0.0.2", "KS-2026-000340"), "another client is not held");
  }
}
