package org.kesher.catalogue.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kesher.catalogue.entity.ClosedDay;

/**
 * A unit's coming months as the calendar page shows them: every day with what it is and where that
 * comes from (the working week and the unit's office hours, the Hebrew calendar's holidays and
 * eves, Chol HaMoed, or an administrator's closure with its reason), weeks from Sunday.
 */
public final class CalendarMonths {

  /** What a day is for the unit's cases. */
  public enum Kind {
    /** A working day with the unit's office hours. */
    OPEN,
    /** A weekday the unit does not open (Friday, Saturday, or as its office hours say). */
    NOT_OPEN,
    /** A public holiday from the Hebrew calendar: closed. */
    HOLIDAY,
    /** A holiday's eve: open until the eve's closing hour. */
    EVE,
    /** Chol HaMoed: open or closed as the department set it. */
    CHOL_HAMOED,
    /** Closed by an administrator: a confirmed holiday or a one-off closure. */
    CLOSED
  }

  /**
   * One day.
   *
   * @param source the holiday's code (YOM_KIPPUR ...) or the closure's source (ONE_OFF, EID_AL_FITR
   *     ...), or empty
   * @param detail the hours ("08:00-16:00"), the eve's closing hour, or the closure's reason
   * @param open whether the unit's office opens that day
   */
  public record Day(LocalDate date, Kind kind, String source, String detail, boolean open) {}

  /** A week from Sunday to Saturday; a day of another month is null. */
  public record Week(List<Day> days) {}

  public record Month(YearMonth month, List<Week> weeks) {}

  private CalendarMonths() {}

  /** The {@code count} months from the one of {@code from} on, for the unit. */
  public static List<Month> of(
      BusinessCalendars.Calendars calendars,
      long unitId,
      Long localityId,
      LocalDate from,
      int count) {
    BusinessCalendar calendar = calendars.of(unitId, localityId);
    IsraeliHolidays holidays = IsraeliHolidays.of(calendars.settings().cholHamoedClosed());
    List<Month> months = new ArrayList<>();
    YearMonth month = YearMonth.from(from);
    for (int i = 0; i < count; i++, month = month.plusMonths(1)) {
      List<Week> weeks = new ArrayList<>();
      Day[] week = new Day[7];
      for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); ) {
        week[column(day)] =
            day(calendar, holidays, calendars.closure(unitId, localityId, day), day);
        day = day.plusDays(1);
        if (column(day) == 0 || day.isAfter(month.atEndOfMonth())) {
          weeks.add(new Week(Arrays.asList(week.clone())));
          Arrays.fill(week, null);
        }
      }
      months.add(new Month(month, weeks));
    }
    return months;
  }

  /** Sunday first. */
  private static int column(LocalDate day) {
    return day.getDayOfWeek().getValue() % 7;
  }

  private static Day day(
      BusinessCalendar calendar,
      IsraeliHolidays holidays,
      Optional<ClosedDay> closure,
      LocalDate day) {
    boolean open = calendar.isBusinessDay(day);
    String hours = calendar.opening(day) + "-" + calendar.closing(day);
    if (closure.isPresent()) {
      return new Day(day, Kind.CLOSED, closure.get().source(), closure.get().reason(), false);
    }
    Optional<String> holiday = holidays.holiday(day);
    if (holidays.isClosed(day) && holiday.filter(h -> h.startsWith("CHOL_HAMOED")).isEmpty()) {
      return new Day(day, Kind.HOLIDAY, holiday.orElse(""), "", false);
    }
    if (holiday.filter(h -> h.startsWith("CHOL_HAMOED")).isPresent() && !holidays.isEve(day)) {
      return new Day(day, Kind.CHOL_HAMOED, holiday.get(), open ? hours : "", open);
    }
    if (holidays.isEve(day)) {
      return new Day(day, Kind.EVE, holiday.orElse(""), open ? hours : "", open);
    }
    if (!open || day.getDayOfWeek() == DayOfWeek.SATURDAY) {
      return new Day(day, Kind.NOT_OPEN, "", "", false);
    }
    return new Day(day, Kind.OPEN, "", hours, true);
  }
}
