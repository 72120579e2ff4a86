package org.kesher.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every day of 2026 and 2027 against the published list of Israel's rest days and their eves
 * (../shared/refs/israeli-holidays.md, third-party tables, Independence Day as observed), typed
 * here from that list and not computed by the library the calendar uses.
 */
class IsraeliHolidaysTest {

  private static final Set<String> CLOSED =
      Set.of(
          "2026-04-02",
          "2026-04-08",
          "2026-04-22",
          "2026-05-22",
          "2026-09-12",
          "2026-09-13",
          "2026-09-21",
          "2026-09-26",
          "2026-10-03",
          "2027-04-22",
          "2027-04-28",
          "2027-05-12",
          "2027-06-11",
          "2027-10-02",
          "2027-10-03",
          "2027-10-11",
          "2027-10-16",
          "2027-10-23");

  private static final Set<String> EVES =
      Set.of(
          "2026-04-01",
          "2026-04-07",
          "2026-05-21",
          "2026-09-11",
          "2026-09-20",
          "2026-09-25",
          "2026-10-02",
          "2027-04-21",
          "2027-04-27",
          "2027-06-10",
          "2027-10-01",
          "2027-10-10",
          "2027-10-15",
          "2027-10-22");

  private static Stream<LocalDate> twoYears() {
    return LocalDate.parse("2026-01-01").datesUntil(LocalDate.parse("2028-01-01"));
  }

  @Test
  void theClosedDaysOf2026And2027AreThePublishedOnes() {
    var holidays = IsraeliHolidays.standard();
    assertEquals(
        new TreeSet<>(CLOSED),
        twoYears()
            .filter(holidays::isClosed)
            .map(LocalDate::toString)
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void theEvesOf2026And2027AreThePublishedOnes() {
    var holidays = IsraeliHolidays.standard();
    assertEquals(
        new TreeSet<>(EVES),
        twoYears()
            .filter(holidays::isEve)
            .map(LocalDate::toString)
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void purimChanukahMemorialDayAndCholHamoedAreWorkingDaysUnlessCholHamoedIsClosed() {
    var holidays = IsraeliHolidays.standard();
    List<String> working = new ArrayList<>();
    for (String day :
        List.of(
            "2026-03-03", // Purim
            "2026-12-06", // Chanukah
            "2026-04-21", // Yom HaZikaron
            "2026-04-05", // Chol HaMoed Pesach
            "2026-09-29")) { // Chol HaMoed Sukkot
      if (!holidays.isClosed(LocalDate.parse(day))) {
        working.add(day);
      }
    }
    assertEquals(5, working.size(), "working: " + working);
    var closedOnCholHamoed = new IsraeliHolidays(true);
    assertTrue(closedOnCholHamoed.isClosed(LocalDate.parse("2026-04-05")));
    assertTrue(closedOnCholHamoed.isClosed(LocalDate.parse("2026-09-29")));
    assertFalse(closedOnCholHamoed.isClosed(LocalDate.parse("2026-04-21")));
  }
}
