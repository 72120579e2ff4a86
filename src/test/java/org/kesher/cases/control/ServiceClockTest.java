package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kesher.cases.entity.ActorKind;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.EventKind;
import org.kesher.catalogue.control.BusinessCalendar;

/**
 * The service clocks read from a timeline, row by row: what counts as the first response, the pause
 * while the case waits for the resident, the stop at RESOLVED and the run on after a reopening, a
 * target breached before a pause, both daylight-saving changes, and a holiday with its eve. Every
 * expected figure is worked out by hand in the row's comment (office hours 08:00-16:00, Sunday to
 * Thursday), not by the calendar under test.
 */
class ServiceClockTest {

  private static final BusinessCalendar PLAIN =
      new BusinessCalendar(LocalTime.of(8, 0), LocalTime.of(16, 0), Set.of());

  private static final Duration FIRST_RESPONSE = Duration.ofHours(16);
  private static final Duration RESOLUTION = Duration.ofHours(80);

  /** Sunday 6 December 2026, 08:00 in Israel. */
  private static final String T0 = "2026-12-06T08:00";

  private static Instant israel(String local) {
    return LocalDateTime.parse(local).atZone(BusinessCalendar.ISRAEL).toInstant();
  }

  /** A timeline written as the test reads it. */
  private static final class Timeline {
    final String opened;
    final List<ServiceClock.Step> steps = new ArrayList<>();

    Timeline(String opened) {
      this.opened = opened;
      steps.add(step(opened, EventKind.CREATED, ActorKind.RESIDENT, null, CaseStatus.NEW));
    }

    Timeline staff(String at, CaseStatus from, CaseStatus to) {
      steps.add(step(at, EventKind.STATUS_CHANGED, ActorKind.STAFF, from, to));
      return this;
    }

    Timeline staffAssigns(String at) {
      steps.add(step(at, EventKind.ASSIGNED, ActorKind.STAFF, CaseStatus.NEW, CaseStatus.ASSIGNED));
      return this;
    }

    Timeline systemAssigns(String at) {
      steps.add(
          step(at, EventKind.ASSIGNED, ActorKind.SYSTEM, CaseStatus.NEW, CaseStatus.ASSIGNED));
      return this;
    }

    Timeline reply(String at) {
      steps.add(step(at, EventKind.PUBLIC_REPLY, ActorKind.STAFF, null, null));
      return this;
    }

    Timeline residentBringsBack(String at) {
      steps.add(
          step(
              at,
              EventKind.STATUS_CHANGED,
              ActorKind.RESIDENT,
              CaseStatus.WAITING_FOR_RESIDENT,
              CaseStatus.IN_PROGRESS));
      return this;
    }

    private static ServiceClock.Step step(
        String at, EventKind kind, ActorKind actor, CaseStatus from, CaseStatus to) {
      return new ServiceClock.Step(israel(at), kind, actor, from, to);
    }
  }

  /**
   * One row: a timeline read at {@code now} for one target.
   *
   * @param hours the business hours the clock has run
   * @param due where the target is (or would be) reached, Israel's time
   */
  record Row(
      String name,
      BusinessCalendar calendar,
      Timeline timeline,
      boolean resolution,
      String now,
      ServiceClock.State state,
      double hours,
      String due) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Row> rows() {
    var untouched = new Timeline(T0);
    var reopened =
        new Timeline(T0)
            .staff("2026-12-06T09:00", CaseStatus.NEW, CaseStatus.IN_PROGRESS)
            .staff("2026-12-06T12:00", CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED)
            .staff("2026-12-07T08:00", CaseStatus.RESOLVED, CaseStatus.IN_PROGRESS);
    var waiting =
        new Timeline(T0)
            .staff("2026-12-06T09:00", CaseStatus.NEW, CaseStatus.IN_PROGRESS)
            .staff("2026-12-06T12:00", CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_RESIDENT);
    return Stream.of(
        // Sunday 8 h + Monday 08:00-10:00; 16 h run out on Monday at 16:00
        new Row("untouched", PLAIN, untouched, false, "2026-12-07T10:00", run(), 10, "12-07T16:00"),
        new Row(
            "an automatic assignment is no response",
            PLAIN,
            new Timeline(T0).systemAssigns(T0),
            false,
            "2026-12-07T10:00",
            run(),
            10,
            "12-07T16:00"),
        // stopped after 3 h; run on from 11:00, 13 h left: Sunday 5 h, Monday 8 h
        new Row(
            "a public reply is the first response",
            PLAIN,
            new Timeline(T0).reply("2026-12-06T11:00"),
            false,
            "2026-12-07T10:00",
            ServiceClock.State.STOPPED,
            3,
            "12-07T16:00"),
        new Row(
            "a staff member assigning a new case is the first response",
            PLAIN,
            new Timeline(T0).staffAssigns("2026-12-06T09:00"),
            false,
            "2026-12-07T10:00",
            ServiceClock.State.STOPPED,
            1,
            "12-07T16:00"),
        new Row(
            "after an automatic assignment, the worker's first move is the first response",
            PLAIN,
            new Timeline(T0)
                .systemAssigns(T0)
                .staff("2026-12-06T14:00", CaseStatus.ASSIGNED, CaseStatus.IN_PROGRESS),
            false,
            "2026-12-07T10:00",
            ServiceClock.State.STOPPED,
            6,
            "12-07T16:00"),
        // 4 h before the pause; due where 76 h run out from the pause: Sunday 4 h, then 9 days
        new Row(
            "waiting for the resident pauses",
            PLAIN,
            waiting,
            true,
            "2026-12-07T10:00",
            ServiceClock.State.PAUSED,
            4,
            "12-17T16:00"),
        // 4 h + Tuesday 12:00-14:00; 76 h from Tuesday 12:00: 4 h, then 9 days to Monday 21
        new Row(
            "the resident's answer resumes the clock",
            PLAIN,
            copy(waiting).residentBringsBack("2026-12-08T12:00"),
            true,
            "2026-12-08T14:00",
            run(),
            6,
            "12-21T16:00"),
        new Row(
            "resolved stops the clock",
            PLAIN,
            copy(reopened, 3),
            true,
            "2026-12-06T15:00",
            ServiceClock.State.STOPPED,
            4,
            "12-17T16:00"),
        // 4 h, then Monday 08:00-10:00; 76 h from Monday 08:00: 9 days and 4 h, to Sunday 20 12:00
        new Row(
            "a reopened case runs on from the time it had used",
            PLAIN,
            reopened,
            true,
            "2026-12-07T10:00",
            run(),
            6,
            "12-20T12:00"),
        // 80 h from Sunday 08:00 run out on Thursday 17 at 16:00; the pause on Sunday 20 keeps it
        new Row(
            "a target breached before the pause keeps its due date",
            PLAIN,
            new Timeline(T0)
                .staff(T0, CaseStatus.NEW, CaseStatus.IN_PROGRESS)
                .staff("2026-12-20T10:00", CaseStatus.IN_PROGRESS, CaseStatus.WAITING_FOR_RESIDENT),
            true,
            "2026-12-21T10:00",
            ServiceClock.State.PAUSED,
            82,
            "12-17T16:00"),
        // Thursday 15:00-16:00 and Sunday 08:00-12:00 across the end of summer time: 5 h, not 4 or
        // 6; 16 h from Thursday 15:00: 1 h, Sunday 8 h, Monday 7 h
        new Row(
            "summer time ends (25 October 2026)",
            PLAIN,
            new Timeline("2026-10-22T15:00"),
            false,
            "2026-10-25T12:00",
            run(),
            5,
            "10-26T15:00"),
        new Row(
            "summer time begins (26 March 2027)",
            PLAIN,
            new Timeline("2027-03-25T15:00"),
            false,
            "2027-03-28T12:00",
            run(),
            5,
            "03-29T15:00"),
        // Yom Kippur's eve closes at 13:00 (5 h), Yom Kippur is closed, Tuesday 8 h, Wednesday 3 h
        new Row(
            "a holiday and its eve",
            BusinessCalendar.standard(),
            new Timeline("2026-09-20T08:00"),
            false,
            "2026-09-22T10:00",
            run(),
            7,
            "09-23T11:00"));
  }

  private static ServiceClock.State run() {
    return ServiceClock.State.RUNNING;
  }

  private static Timeline copy(Timeline timeline) {
    return copy(timeline, timeline.steps.size());
  }

  private static Timeline copy(Timeline timeline, int steps) {
    var copy = new Timeline(timeline.opened);
    copy.steps.clear();
    copy.steps.addAll(timeline.steps.subList(0, steps));
    return copy;
  }

  @org.junit.jupiter.api.Test
  void theWarningMarkIsFourFifthsOfTheTarget() {
    var reading = new ServiceClock(PLAIN).opened(israel(T0), FIRST_RESPONSE);
    // 12 h 48 min of 16 h: Sunday 8 h, Monday 4 h 48 min
    assertEquals(israel("2026-12-07T12:48"), reading.warning());
    assertEquals(
        israel("2026-12-07T16:00"),
        reading.mark(org.kesher.cases.entity.ServiceTarget.Level.BREACH));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void readsTheTimeline(Row row) {
    var clock = new ServiceClock(row.calendar());
    Instant opened = israel(row.timeline().opened);
    Instant now = israel(row.now());
    var reading =
        row.resolution()
            ? clock.resolution(opened, row.timeline().steps, RESOLUTION, now)
            : clock.firstResponse(opened, row.timeline().steps, FIRST_RESPONSE, now);
    String year = row.now().substring(0, 5);
    assertAll(
        () -> assertEquals(row.state(), reading.state(), "state"),
        () ->
            assertEquals(
                Duration.ofMinutes(Math.round(row.hours() * 60)), reading.elapsed(), "elapsed"),
        () -> assertEquals(israel(year + row.due()), reading.due(), "due"));
  }
}
