package org.kesher.cases.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kesher.cases.entity.ActorKind;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.EventKind;
import org.kesher.cases.entity.ServiceTarget;
import org.kesher.catalogue.control.BusinessCalendar;

/**
 * A case's two service clocks, worked out from its timeline on a business calendar, so that a
 * changed calendar or target gives new due dates when they are worked out again.
 *
 * <ul>
 *   <li>Both clocks run while the case is NEW, ASSIGNED or IN_PROGRESS, and pause while it is
 *       WAITING_FOR_RESIDENT.
 *   <li>The first-response clock stops at the first public reply or the first change by staff that
 *       moves the case out of NEW (or, after an automatic assignment, out of ASSIGNED).
 *   <li>The resolution clock stops at RESOLVED (or any end) and, when the case reopens, runs on
 *       from the business time it had used: a reopened case does not get a new target.
 * </ul>
 *
 * A reading's due date is where the target is reached if the clock runs on from its last run
 * (passed already, for a target breached); its warning mark is where four fifths of it are reached.
 * A target is met when the clock stopped before its due date.
 */
public final class ServiceClock {

  /** The statuses in which both clocks run. */
  public static final Set<CaseStatus> RUNNING =
      EnumSet.of(CaseStatus.NEW, CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS);

  /** Whether a clock runs now. */
  public enum State {
    RUNNING,
    PAUSED,
    STOPPED
  }

  /** One fact of the timeline that may move a clock: a status change or a public reply. */
  public record Step(Instant at, EventKind kind, ActorKind actor, CaseStatus from, CaseStatus to) {
    public Step {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(kind, "kind");
    }

    boolean isFirstResponse() {
      if (kind == EventKind.PUBLIC_REPLY) {
        return true;
      }
      boolean movedByStaff = actor == ActorKind.STAFF && to != null && to != from;
      return movedByStaff
          && (from == CaseStatus.NEW
              || from == CaseStatus.ASSIGNED && kind == EventKind.STATUS_CHANGED);
    }
  }

  /**
   * Where one target stands.
   *
   * @param elapsed the business time the clock has run
   * @param warning where four fifths of the target are (or would be) reached
   * @param due where the target is (or would be) reached
   * @param stoppedAt when the clock stopped, for a stopped one
   */
  public record Reading(
      State state, Duration elapsed, Instant warning, Instant due, Instant stoppedAt) {

    /** Whether the clock stopped in time. */
    public boolean met() {
      return state == State.STOPPED && stoppedAt != null && !stoppedAt.isAfter(due);
    }

    /** Where the clock runs, its mark for {@code level}; otherwise none. */
    public Instant mark(ServiceTarget.Level level) {
      if (state != State.RUNNING) {
        return null;
      }
      return level == ServiceTarget.Level.WARNING ? warning : due;
    }
  }

  private record Run(Instant start, Instant end) {}

  private final BusinessCalendar calendar;

  public ServiceClock(BusinessCalendar calendar) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
  }

  /** The first-response clock of a case opened at {@code openedAt} with its {@code steps}. */
  public Reading firstResponse(Instant openedAt, List<Step> steps, Duration target, Instant now) {
    Instant responded =
        steps.stream().filter(Step::isFirstResponse).map(Step::at).findFirst().orElse(null);
    List<Step> before =
        responded == null ? steps : steps.stream().filter(s -> s.at().isBefore(responded)).toList();
    List<Run> runs = runs(openedAt, before);
    State state = state(runs, before);
    if (responded != null) {
      runs = close(runs, responded);
      state = State.STOPPED;
    }
    return reading(runs, state, target, now, responded);
  }

  /** The resolution clock of a case opened at {@code openedAt} with its {@code steps}. */
  public Reading resolution(Instant openedAt, List<Step> steps, Duration target, Instant now) {
    List<Run> runs = runs(openedAt, steps);
    State state = state(runs, steps);
    Instant stopped = state == State.STOPPED ? runs.get(runs.size() - 1).end() : null;
    return reading(runs, state, target, now, stopped);
  }

  /** A new case's clock, before anything happened: running from when it was opened. */
  public Reading opened(Instant openedAt, Duration target) {
    return reading(List.of(new Run(openedAt, null)), State.RUNNING, target, openedAt, null);
  }

  private Reading reading(
      List<Run> runs, State state, Duration target, Instant now, Instant stoppedAt) {
    Duration elapsed = Duration.ZERO;
    for (Run run : runs) {
      elapsed = elapsed.plus(calendar.businessTimeBetween(run.start(), end(run, now)));
    }
    List<Run> onwards = runs;
    Run last = runs.get(runs.size() - 1);
    if (last.end() != null) {
      onwards = new ArrayList<>(runs);
      onwards.add(new Run(last.end(), null));
    }
    Duration warningAt = target.multipliedBy(4).dividedBy(5);
    return new Reading(
        state, elapsed, reached(onwards, warningAt), reached(onwards, target), stoppedAt);
  }

  /** Where the clock's runs reach {@code goal} of business time; the last run is open. */
  private Instant reached(List<Run> runs, Duration goal) {
    Duration used = Duration.ZERO;
    for (Run run : runs) {
      Duration left = goal.minus(used);
      if (run.end() == null) {
        return calendar.plusBusinessHours(run.start(), left);
      }
      Duration length = calendar.businessTimeBetween(run.start(), run.end());
      if (length.compareTo(left) >= 0) {
        return calendar.plusBusinessHours(run.start(), left);
      }
      used = used.plus(length);
    }
    throw new IllegalStateException("the last run is open");
  }

  private static Instant end(Run run, Instant now) {
    return run.end() == null || run.end().isAfter(now) ? now : run.end();
  }

  /** The periods in which the case was in a running status, the last one open if it still is. */
  private static List<Run> runs(Instant openedAt, List<Step> steps) {
    List<Run> runs = new ArrayList<>();
    Instant since = openedAt;
    for (Step step : steps) {
      if (step.to() == null) {
        continue;
      }
      boolean running = RUNNING.contains(step.to());
      if (running && since == null) {
        since = step.at();
      } else if (!running && since != null) {
        runs.add(new Run(since, step.at()));
        since = null;
      }
    }
    if (since != null) {
      runs.add(new Run(since, null));
    }
    if (runs.isEmpty()) {
      runs.add(new Run(openedAt, openedAt));
    }
    return runs;
  }

  private static State state(List<Run> runs, List<Step> steps) {
    if (runs.get(runs.size() - 1).end() == null) {
      return State.RUNNING;
    }
    CaseStatus last =
        steps.stream()
            .map(Step::to)
            .filter(Objects::nonNull)
            .reduce((a, b) -> b)
            .orElse(CaseStatus.NEW);
    return last == CaseStatus.WAITING_FOR_RESIDENT ? State.PAUSED : State.STOPPED;
  }

  /** The runs cut at {@code at}: nothing after it counts. */
  private static List<Run> close(List<Run> runs, Instant at) {
    List<Run> closed = new ArrayList<>();
    for (Run run : runs) {
      if (!run.start().isBefore(at)) {
        break;
      }
      closed.add(new Run(run.start(), run.end() == null || run.end().isAfter(at) ? at : run.end()));
    }
    if (closed.isEmpty()) {
      closed.add(new Run(at, at));
    }
    return closed;
  }
}
