package org.kesher.catalogue.control;

import java.time.LocalDate;
import java.time.chrono.HijrahChronology;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ValueRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Muslim, Christian and Druze holidays that some units keep, offered to the administrator of the
 * calendar of further closed days as <em>suggestions</em>: nothing here closes a day until the
 * administrator confirms it for the unit.
 *
 * <p>Why only suggestions: the two Eids begin with the sighting of the new crescent, announced each
 * year by the religious authorities (in Israel, the Sharia courts), and the announced day may fall
 * a day either side of any table. Which of these holidays a unit keeps is the unit's own choice.
 *
 * <p>The rules and their sources:
 *
 * <ul>
 *   <li>{@link Holiday#EID_AL_FITR} 1-3 Shawwal and {@link Holiday#EID_AL_ADHA} 10-13 Dhu
 *       al-Hijjah, the days commonly kept in Israel's Arab localities, dated by the Umm al-Qura
 *       calendar of Saudi Arabia as the JDK carries it ({@link HijrahChronology#INSTANCE},
 *       "Hijrah-umalqura", 1300-1600 AH, that is 1882-11-12 to 2174-11-25): a range outside it is
 *       refused rather than half answered.
 *   <li>{@link Holiday#CHRISTMAS_WESTERN} 25 December; {@link Holiday#CHRISTMAS_ORTHODOX} 25
 *       December of the Julian calendar, 7 January from 1901 to 2100.
 *   <li>{@link Holiday#EASTER_WESTERN} by the Gregorian computus (the Meeus/Jones/Butcher
 *       algorithm, Meeus, <i>Astronomical Algorithms</i>, ch. 8); {@link Holiday#EASTER_ORTHODOX}
 *       by the Julian computus (Meeus's Julian algorithm, same chapter) moved to the Gregorian
 *       calendar by the calendars' difference in that year (13 days from 1900 to 2099).
 *   <li>{@link Holiday#GOOD_FRIDAY_WESTERN} and {@link Holiday#GOOD_FRIDAY_ORTHODOX}, two days
 *       before each Easter: suggested because Christian communities in Israel commonly keep it; an
 *       administrator whose unit does not simply leaves it unconfirmed.
 *   <li>{@link Holiday#NABI_SHUAYB}, the Druze holiday, which Israel fixes on 25 April (the
 *       pilgrimage to the tomb near Hittin runs on for a few days; only the statutory day is
 *       suggested).
 * </ul>
 */
public final class ClosedDaySuggestions {

  /** A holiday some units keep, and how many days of it are suggested. */
  public enum Holiday {
    EID_AL_FITR(3),
    EID_AL_ADHA(4),
    CHRISTMAS_WESTERN(1),
    CHRISTMAS_ORTHODOX(1),
    GOOD_FRIDAY_WESTERN(1),
    EASTER_WESTERN(1),
    GOOD_FRIDAY_ORTHODOX(1),
    EASTER_ORTHODOX(1),
    NABI_SHUAYB(1);

    private final int days;

    Holiday(int days) {
      this.days = days;
    }

    /** How many days of the feast are suggested, the first on its date and the rest following. */
    public int days() {
      return days;
    }
  }

  /**
   * One day offered for closing: {@code dayOfFeast} counts from 1 on the feast's first day (the
   * Eids run over several days; every other holiday is day 1 only).
   */
  public record Suggestion(LocalDate day, Holiday holiday, int dayOfFeast) {

    public Suggestion {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(holiday, "holiday");
      if (dayOfFeast < 1 || dayOfFeast > holiday.days()) {
        throw new IllegalArgumentException(
            holiday + " has days 1 to " + holiday.days() + ", not " + dayOfFeast);
      }
    }
  }

  private static final Comparator<Suggestion> BY_DATE =
      Comparator.comparing(Suggestion::day)
          .thenComparing(Suggestion::holiday)
          .thenComparingInt(Suggestion::dayOfFeast);

  private static final HijrahChronology UMM_AL_QURA = HijrahChronology.INSTANCE;

  private static final int SHAWWAL = 10;
  private static final int DHU_AL_HIJJAH = 12;

  /** The first and last Gregorian days the Umm al-Qura table covers. */
  private final LocalDate firstCovered;

  private final LocalDate lastCovered;

  public ClosedDaySuggestions() {
    ValueRange years = UMM_AL_QURA.range(ChronoField.YEAR);
    HijrahDate lastMonth = UMM_AL_QURA.date((int) years.getMaximum(), DHU_AL_HIJJAH, 1);
    firstCovered = LocalDate.from(UMM_AL_QURA.date((int) years.getMinimum(), 1, 1));
    lastCovered = LocalDate.from(lastMonth).plusDays(lastMonth.lengthOfMonth() - 1L);
  }

  /**
   * Every suggested day from {@code from} to {@code to}, both included, sorted by date (then by
   * holiday, then by day of the feast: Western and Orthodox Easter can share a Sunday).
   *
   * @throws IllegalArgumentException if {@code to} is before {@code from}, or the range leaves the
   *     years the Umm al-Qura calendar covers
   */
  public List<Suggestion> between(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException(
          "the range ends (" + to + ") before it starts (" + from + ")");
    }
    if (from.isBefore(firstCovered) || to.isAfter(lastCovered)) {
      throw new IllegalArgumentException(
          "the Umm al-Qura calendar dates the Eids only from "
              + firstCovered
              + " to "
              + lastCovered
              + "; asked for "
              + from
              + " to "
              + to);
    }
    List<Suggestion> found = new ArrayList<>();
    addEids(from, to, found);
    for (int year = from.getYear(); year <= to.getYear(); year++) {
      addChristianAndDruze(year, found);
    }
    found.removeIf(s -> s.day().isBefore(from) || s.day().isAfter(to));
    found.sort(BY_DATE);
    return List.copyOf(found);
  }

  private void addEids(LocalDate from, LocalDate to, List<Suggestion> found) {
    int firstYear = UMM_AL_QURA.date(from).get(ChronoField.YEAR);
    int lastYear = UMM_AL_QURA.date(to).get(ChronoField.YEAR);
    for (int year = firstYear; year <= lastYear; year++) {
      addFeast(Holiday.EID_AL_FITR, LocalDate.from(UMM_AL_QURA.date(year, SHAWWAL, 1)), found);
      addFeast(
          Holiday.EID_AL_ADHA, LocalDate.from(UMM_AL_QURA.date(year, DHU_AL_HIJJAH, 10)), found);
    }
  }

  private static void addChristianAndDruze(int year, List<Suggestion> found) {
    LocalDate western = westernEaster(year);
    LocalDate orthodox = orthodoxEaster(year);
    addFeast(Holiday.CHRISTMAS_ORTHODOX, julianChristmasFallingIn(year), found);
    addFeast(Holiday.GOOD_FRIDAY_WESTERN, western.minusDays(2), found);
    addFeast(Holiday.EASTER_WESTERN, western, found);
    addFeast(Holiday.GOOD_FRIDAY_ORTHODOX, orthodox.minusDays(2), found);
    addFeast(Holiday.EASTER_ORTHODOX, orthodox, found);
    addFeast(Holiday.NABI_SHUAYB, LocalDate.of(year, 4, 25), found);
    addFeast(Holiday.CHRISTMAS_WESTERN, LocalDate.of(year, 12, 25), found);
  }

  private static void addFeast(Holiday holiday, LocalDate firstDay, List<Suggestion> found) {
    for (int day = 1; day <= holiday.days(); day++) {
      found.add(new Suggestion(firstDay.plusDays(day - 1L), holiday, day));
    }
  }

  /** Easter Sunday by the Gregorian computus (Meeus/Jones/Butcher). */
  static LocalDate westernEaster(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  /** Easter Sunday by the Julian computus (Meeus), given as a Gregorian date. */
  static LocalDate orthodoxEaster(int year) {
    int a = year % 4;
    int b = year % 7;
    int c = year % 19;
    int d = (19 * c + 15) % 30;
    int e = (2 * a + 4 * b - d + 34) % 7;
    int month = (d + e + 114) / 31;
    int day = (d + e + 114) % 31 + 1;
    // the Julian month and day read as Gregorian, then moved on by the calendars' difference
    return LocalDate.of(year, month, day).plusDays(julianLag(year));
  }

  /** Julian 25 December of the year before, which falls in early January of {@code year}. */
  private static LocalDate julianChristmasFallingIn(int year) {
    return LocalDate.of(year - 1, 12, 25).plusDays(julianLag(year - 1));
  }

  /**
   * Days the Julian calendar runs behind the Gregorian for Julian dates from 1 March of {@code
   * year} to the end of the February after it: 12 in the 1800s, 13 from 1900 to 2099, 14 from March
   * 2100.
   */
  private static int julianLag(int year) {
    return year / 100 - year / 400 - 2;
  }
}
