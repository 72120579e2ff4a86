package org.kesher.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.catalogue.control.ClosedDaySuggestions.Holiday.CHRISTMAS_ORTHODOX;
import static org.kesher.catalogue.control.ClosedDaySuggestions.Holiday.CHRISTMAS_WESTERN;
import static org.kesher.catalogue.control.ClosedDaySuggestions.Holiday.EASTER_ORTHODOX;
import static org.kesher.catalogue.control.ClosedDaySuggestions.Holiday.EASTER_WESTERN;
import static org.kesher.catalogue.control.ClosedDaySuggestions.Holiday.EID_AL_ADHA;
import static org.kesher.catalogue.control.ClosedDaySuggestions.Holiday.EID_AL_FITR;
import static org.kesher.catalogue.control.ClosedDaySuggestions.Holiday.GOOD_FRIDAY_ORTHODOX;
import static org.kesher.catalogue.control.ClosedDaySuggestions.Holiday.GOOD_FRIDAY_WESTERN;
import static org.kesher.catalogue.control.ClosedDaySuggestions.Holiday.NABI_SHUAYB;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.kesher.catalogue.control.ClosedDaySuggestions.Holiday;
import org.kesher.catalogue.control.ClosedDaySuggestions.Suggestion;

/**
 * The suggestions against published dates, typed here and not computed by the JDK. The Eid dates
 * are those of the Umm al-Qura calendar (the Saudi table the JDK carries); the announced day in a
 * given place may differ by one, which is why they are only suggestions. The JDK's table gives
 * exactly the published date in every row below, so no row needed a correction.
 */
class ClosedDaySuggestionsTest {

  private final ClosedDaySuggestions suggestions = new ClosedDaySuggestions();

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "EASTER_WESTERN, 2024, 2024-03-31",
    "EASTER_WESTERN, 2025, 2025-04-20",
    "EASTER_WESTERN, 2026, 2026-04-05",
    "EASTER_WESTERN, 2027, 2027-03-28",
    "EASTER_WESTERN, 2008, 2008-03-23",
    "EASTER_WESTERN, 2038, 2038-04-25",
    "EASTER_ORTHODOX, 2024, 2024-05-05",
    "EASTER_ORTHODOX, 2025, 2025-04-20",
    "EASTER_ORTHODOX, 2026, 2026-04-12",
    "EASTER_ORTHODOX, 2027, 2027-05-02",
    "EASTER_ORTHODOX, 2021, 2021-05-02",
    "EASTER_ORTHODOX, 2023, 2023-04-16",
    "GOOD_FRIDAY_WESTERN, 2026, 2026-04-03",
    "GOOD_FRIDAY_ORTHODOX, 2026, 2026-04-10",
    "EID_AL_FITR, 2025, 2025-03-30",
    "EID_AL_FITR, 2026, 2026-03-20",
    "EID_AL_FITR, 2027, 2027-03-09",
    "EID_AL_ADHA, 2025, 2025-06-06",
    "EID_AL_ADHA, 2026, 2026-05-27",
    "EID_AL_ADHA, 2027, 2027-05-16",
    "CHRISTMAS_WESTERN, 2026, 2026-12-25",
    "CHRISTMAS_ORTHODOX, 2026, 2026-01-07",
    // the Julian calendar falls a fourteenth day behind in March 2100
    "CHRISTMAS_ORTHODOX, 2101, 2101-01-08",
    "NABI_SHUAYB, 2026, 2026-04-25",
  })
  void theFirstDayOfEachHolidayIsThePublishedOne(Holiday holiday, int year, LocalDate published) {
    List<LocalDate> firstDays =
        suggestions.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
            .filter(s -> s.holiday() == holiday && s.dayOfFeast() == 1)
            .map(Suggestion::day)
            .toList();
    assertEquals(List.of(published), firstDays);
  }

  @Test
  void the2026CalendarIsEveryHolidayInDateOrderWithTheEidsOverSeveralDays() {
    assertEquals(
        List.of(
            new Suggestion(LocalDate.parse("2026-01-07"), CHRISTMAS_ORTHODOX, 1),
            new Suggestion(LocalDate.parse("2026-03-20"), EID_AL_FITR, 1),
            new Suggestion(LocalDate.parse("2026-03-21"), EID_AL_FITR, 2),
            new Suggestion(LocalDate.parse("2026-03-22"), EID_AL_FITR, 3),
            new Suggestion(LocalDate.parse("2026-04-03"), GOOD_FRIDAY_WESTERN, 1),
            new Suggestion(LocalDate.parse("2026-04-05"), EASTER_WESTERN, 1),
            new Suggestion(LocalDate.parse("2026-04-10"), GOOD_FRIDAY_ORTHODOX, 1),
            new Suggestion(LocalDate.parse("2026-04-12"), EASTER_ORTHODOX, 1),
            new Suggestion(LocalDate.parse("2026-04-25"), NABI_SHUAYB, 1),
            new Suggestion(LocalDate.parse("2026-05-27"), EID_AL_ADHA, 1),
            new Suggestion(LocalDate.parse("2026-05-28"), EID_AL_ADHA, 2),
            new Suggestion(LocalDate.parse("2026-05-29"), EID_AL_ADHA, 3),
            new Suggestion(LocalDate.parse("2026-05-30"), EID_AL_ADHA, 4),
            new Suggestion(LocalDate.parse("2026-12-25"), CHRISTMAS_WESTERN, 1)),
        suggestions.between(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")));
  }

  @Test
  void whenBothEastersShareASundayBothAreSuggested() {
    assertEquals(
        List.of(
            new Suggestion(LocalDate.parse("2025-04-20"), EASTER_WESTERN, 1),
            new Suggestion(LocalDate.parse("2025-04-20"), EASTER_ORTHODOX, 1)),
        suggestions.between(LocalDate.parse("2025-04-19"), LocalDate.parse("2025-04-20")));
  }

  @Test
  void aRangeWithNoHolidayHasNoSuggestion() {
    assertEquals(
        List.of(),
        suggestions.between(LocalDate.parse("2026-06-01"), LocalDate.parse("2026-11-30")));
  }

  @Test
  void bothEndsAreIncludedAndAFeastCutByTheRangeKeepsOnlyItsDaysInside() {
    assertEquals(
        List.of(
            new Suggestion(LocalDate.parse("2026-03-21"), EID_AL_FITR, 2),
            new Suggestion(LocalDate.parse("2026-03-22"), EID_AL_FITR, 3)),
        suggestions.between(LocalDate.parse("2026-03-21"), LocalDate.parse("2026-03-22")));
    assertEquals(
        List.of(new Suggestion(LocalDate.parse("2026-04-25"), NABI_SHUAYB, 1)),
        suggestions.between(LocalDate.parse("2026-04-25"), LocalDate.parse("2026-04-25")));
  }

  @Test
  void overManyYearsEverySuggestionIsInsideTheRangeAndInDateOrder() {
    LocalDate from = LocalDate.parse("2024-02-10");
    LocalDate to = LocalDate.parse("2031-11-05");
    List<Suggestion> found = suggestions.between(from, to);
    // nine holidays a year from 2024 to 2031, less Orthodox Christmas 2024 and Christmas 2031
    assertEquals(8 * 9 - 2, found.stream().filter(s -> s.dayOfFeast() == 1).count());
    for (int i = 0; i < found.size(); i++) {
      LocalDate day = found.get(i).day();
      assertTrue(!day.isBefore(from) && !day.isAfter(to), "outside the range: " + found.get(i));
      if (i > 0) {
        assertTrue(!day.isBefore(found.get(i - 1).day()), "out of order at " + found.get(i));
      }
    }
  }

  @Test
  void aRangeTheUmmAlQuraCalendarDoesNotCoverOrThatEndsBeforeItStartsIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> suggestions.between(LocalDate.parse("1850-01-01"), LocalDate.parse("1850-12-31")));
    assertThrows(
        IllegalArgumentException.class,
        () -> suggestions.between(LocalDate.parse("2174-01-01"), LocalDate.parse("2175-12-31")));
    assertThrows(
        IllegalArgumentException.class,
        () -> suggestions.between(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-04-01")));
  }
}
