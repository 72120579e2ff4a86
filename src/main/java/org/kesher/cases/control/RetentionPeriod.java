package org.kesher.cases.control;

import java.time.Instant;
import java.time.ZonedDateTime;
import org.kesher.ground.control.Israel;

/**
 * A request type's retention as the job applies it: a case that ended (left the open statuses) and
 * has seen no activity since {@link #cutoff} is past its period. Months are calendar months in
 * Israel, so a period never ends an hour early or late across a daylight-saving change.
 */
public record RetentionPeriod(int months) {

  public RetentionPeriod {
    if (months < 1) {
      throw new IllegalArgumentException("retention of " + months + " months");
    }
  }

  /** The last activity a case may have had at {@code now} and be past its period. */
  public Instant cutoff(Instant now) {
    return ZonedDateTime.ofInstant(now, Israel.ZONE).minusMonths(months).toInstant();
  }

  /** Whether a case that ended with its last activity at {@code lastActivity} is past it. */
  public boolean isPast(Instant lastActivity, Instant now) {
    return lastActivity.isBefore(cutoff(now));
  }
}
