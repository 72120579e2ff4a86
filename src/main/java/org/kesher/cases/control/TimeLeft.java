package org.kesher.cases.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a case has until its due date, or how far past it is, as a queue line says it: whole
 * days from a day on, whole hours (at least one) below that.
 *
 * @param overdue whether the due date has passed
 * @param days whole days left (or past); 0 when less than a day
 * @param hours whole hours left (or past) when less than a day
 */
public record TimeLeft(boolean overdue, long days, long hours) {

  /** The time from {@code now} to {@code due}; empty for a case without a due date. */
  public static Optional<TimeLeft> until(Instant due, Instant now) {
    if (due == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(now, due);
    boolean overdue = left.isNegative();
    Duration size = left.abs();
    long days = size.toDays();
    return Optional.of(new TimeLeft(overdue, days, days > 0 ? 0 : Math.max(1, size.toHours())));
  }

  /** The message key under which a queue says it, given {@link #amount()}. */
  public String key() {
    return "queue." + (overdue ? "overdue" : "left") + (days > 0 ? "Days" : "Hours");
  }

  /** The number the message names: days, or hours below a day. */
  public long amount() {
    return days > 0 ? days : hours;
  }
}
