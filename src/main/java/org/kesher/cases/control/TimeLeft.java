package org.kesher.cases.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.kesher.catalogue.control.BusinessCalendar;

/**
 * How much business time a case has until its resolution is due, or how far past it is, as a queue
 * line says it: in business days (of {@link #DAY} hours) from a day on, in whole business hours (at
 * least one) below that. The words carry the state, the colour only repeats it: on time, past the
 * warning mark ("only ... left"), overdue, or paused while the case waits for the resident.
 *
 * @param state where the case stands
 * @param days whole business days left (or past); 0 when less than a day
 * @param hours whole business hours left (or past) when less than a day
 */
public record TimeLeft(State state, long days, long hours) {

  /** The business hours of a standard office day, in which "days" are counted. */
  public static final long DAY = 8;

  /** Where a case stands against its resolution target. */
  public enum State {
    ON_TIME,
    SOON,
    OVERDUE,
    PAUSED
  }

  /**
   * The time left at {@code now} of a case whose clock runs ({@code paused} false) or waits for the
   * resident; empty for a case without a due date.
   */
  public static Optional<TimeLeft> of(
      Instant warning, Instant due, boolean paused, Instant now, BusinessCalendar calendar) {
    if (due == null) {
      return Optional.empty();
    }
    if (paused) {
      return Optional.of(new TimeLeft(State.PAUSED, 0, 0));
    }
    boolean overdue = !now.isBefore(due);
    Duration size =
        overdue ? calendar.businessTimeBetween(due, now) : calendar.businessTimeBetween(now, due);
    long hours = size.toHours();
    State state =
        overdue
            ? State.OVERDUE
            : warning != null && !now.isBefore(warning) ? State.SOON : State.ON_TIME;
    long days = hours / DAY;
    return Optional.of(new TimeLeft(state, days, days > 0 ? 0 : Math.max(1, hours)));
  }

  /** The message key under which a queue says it, given {@link #amount()}. */
  public String key() {
    if (state == State.PAUSED) {
      return "queue.paused";
    }
    String word =
        switch (state) {
          case OVERDUE -> "overdue";
          case SOON -> "soon";
          default -> "left";
        };
    return "queue." + word + (days > 0 ? "Days" : "Hours");
  }

  /** The number the message names: days, or hours below a day. */
  public long amount() {
    return days > 0 ? days : hours;
  }

  public boolean overdue() {
    return state == State.OVERDUE;
  }
}
