package org.kesher.notify.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a mail whose sending failed is tried again: after a first wait that doubles with every
 * failure (at most {@link #LONGEST_WAIT}), until {@link #GIVE_UP_AFTER} since the mail was written;
 * the last try is at that moment, and a failure after it is final.
 */
public final class RetryPolicy {

  public static final Duration GIVE_UP_AFTER = Duration.ofHours(72);
  public static final Duration LONGEST_WAIT = Duration.ofHours(4);

  private final Duration firstWait;

  public RetryPolicy(Duration firstWait) {
    if (firstWait.isNegative() || firstWait.isZero()) {
      throw new IllegalArgumentException("the first wait must be positive");
    }
    this.firstWait = firstWait;
  }

  /**
   * @param failures how many attempts have failed, this one included (1 after the first)
   * @return when to try again, or empty to give up
   */
  public Optional<Instant> next(int failures, Instant written, Instant now) {
    Instant deadline = written.plus(GIVE_UP_AFTER);
    if (!now.isBefore(deadline)) {
      return Optional.empty();
    }
    Duration wait = firstWait;
    for (int i = 1; i < failures && wait.compareTo(LONGEST_WAIT) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    if (wait.compareTo(LONGEST_WAIT) > 0) {
      wait = LONGEST_WAIT;
    }
    Instant at = now.plus(wait);
    return Optional.of(at.isAfter(deadline) ? deadline : at);
  }
}
