package org.kesher.reporting.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The dashboard's figures as tables of words: a header and rows of cells, each count shown by
 * {@link Figures#shown} (a small count of sealed cases reads "&lt; 5"). The same tables feed the
 * page, its charts and its CSV and XLSX exports, so that what is exported is what is shown.
 */
public final class DashboardTables {

  /** A table: its name (for the exports' file), headers, and rows of cells. */
  public record Table(String name, List<String> headers, List<List<String>> rows)
      implements java.io.Serializable {}

  /** The statuses an open case is in, in the order the table shows them. */
  public static final List<String> OPEN_STATUSES =
      List.of("NEW", "ASSIGNED", "IN_PROGRESS", "WAITING_FOR_RESIDENT");

  /** The backlog's age groups, in days since opening. */
  public static final List<String> AGES = List.of("0-7", "8-30", "31-90", "91+");

  private final LongFunction<String> units;
  private final LongFunction<String> types;
  private final LongFunction<String> localities;
  private final Function<String, String> words;

  /**
   * @param units names a unit by id, in the reader's language; likewise {@code types} and {@code
   *     localities} (0: no locality)
   * @param words the reader's words for a message key
   */
  public DashboardTables(
      LongFunction<String> units,
      LongFunction<String> types,
      LongFunction<String> localities,
      Function<String, String> words) {
    this.units = units;
    this.types = types;
    this.localities = localities;
    this.words = words;
  }

  /** Open cases by unit (rows) and status (columns), with each unit's total. */
  public Table open(List<Dashboard.Count> counts) {
    List<String> headers = new ArrayList<>(List.of(words.apply("reports.unit")));
    OPEN_STATUSES.forEach(s -> headers.add(words.apply("status." + s)));
    headers.add(words.apply("reports.total"));
    return new Table("open-cases", headers, grid(counts, units, OPEN_STATUSES));
  }

  /** New cases by type (rows) and week (columns from {@code firstSunday}), with totals. */
  public Table weeks(List<Dashboard.Count> counts, LocalDate firstSunday, int weeks) {
    List<String> headers = new ArrayList<>(List.of(words.apply("reports.type")));
    List<String> keys = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      headers.add(firstSunday.plusWeeks(w).toString());
      keys.add(Integer.toString(w));
    }
    headers.add(words.apply("reports.total"));
    return new Table("new-cases-by-week", headers, grid(counts, types, keys));
  }

  /** Open cases by unit and age since opening. */
  public Table backlog(List<Dashboard.Count> counts) {
    List<String> headers = new ArrayList<>(List.of(words.apply("reports.unit")));
    AGES.forEach(a -> headers.add(words.apply("reports.age." + a)));
    headers.add(words.apply("reports.total"));
    return new Table("backlog-by-age", headers, grid(counts, units, AGES));
  }

  /** Cases by locality, the largest first. */
  public Table localities(List<Dashboard.Count> counts) {
    List<List<String>> rows =
        counts.stream()
            .sorted((a, b) -> Long.compare(b.total(), a.total()))
            .map(
                c ->
                    List.of(
                        c.key() == 0
                            ? words.apply("reports.noLocality")
                            : localities.apply(c.key()),
                        Figures.shown(c.total(), c.sealed())))
            .toList();
    return new Table(
        "cases-by-locality",
        List.of(words.apply("reports.locality"), words.apply("reports.cases")),
        rows);
  }

  /** Compliance with both targets by unit and type: met, missed and the share met. */
  public Table compliance(List<Dashboard.Compliance> compliance) {
    List<List<String>> rows = new ArrayList<>();
    for (var c : compliance) {
      rows.add(
          List.of(
              units.apply(c.unitId()),
              types.apply(c.typeId()),
              Long.toString(c.firstResponseMet()),
              Long.toString(c.firstResponseMissed()),
              share(c.firstResponseMet(), c.firstResponseMissed()),
              Long.toString(c.resolutionMet()),
              Long.toString(c.resolutionMissed()),
              share(c.resolutionMet(), c.resolutionMissed())));
    }
    return new Table(
        "target-compliance",
        List.of(
            words.apply("reports.unit"),
            words.apply("reports.type"),
            words.apply("reports.firstResponseMet"),
            words.apply("reports.firstResponseMissed"),
            words.apply("reports.firstResponseShare"),
            words.apply("reports.resolutionMet"),
            words.apply("reports.resolutionMissed"),
            words.apply("reports.resolutionShare")),
        rows);
  }

  /** Median and 90th percentile hours to the first response and to the resolution. */
  public Table times(List<Dashboard.Bucket> firstResponse, List<Dashboard.Bucket> resolution) {
    return new Table(
        "time-to-answer",
        List.of(
            words.apply("reports.measure"),
            words.apply("reports.median"),
            words.apply("reports.p90"),
            words.apply("reports.cases")),
        List.of(
            timeRow(words.apply("reports.toFirstResponse"), firstResponse),
            timeRow(words.apply("reports.toResolution"), resolution)));
  }

  private List<String> timeRow(String name, List<Dashboard.Bucket> histogram) {
    return List.of(
        name,
        hours(Figures.percentile(histogram, 0.5)),
        hours(Figures.percentile(histogram, 0.9)),
        Long.toString(histogram.stream().mapToLong(Dashboard.Bucket::cases).sum()));
  }

  private static String hours(OptionalLong hours) {
    return hours.isPresent() ? Long.toString(hours.getAsLong()) : "-";
  }

  private static String share(long met, long missed) {
    return met + missed == 0 ? "-" : Math.round(100.0 * met / (met + missed)) + "%";
  }

  /** Rows by the counts' first key, named; columns by their second key; a total at the end. */
  private static List<List<String>> grid(
      List<Dashboard.Count> counts, LongFunction<String> names, List<String> columns) {
    Map<Long, Map<String, Dashboard.Count>> byRow = new TreeMap<>();
    counts.forEach(
        c -> byRow.computeIfAbsent(c.key(), k -> new LinkedHashMap<>()).put(c.key2(), c));
    List<List<String>> rows = new ArrayList<>();
    byRow.forEach(
        (key, cells) -> {
          List<String> row = new ArrayList<>(List.of(names.apply(key)));
          long total = 0;
          long sealed = 0;
          for (String column : columns) {
            var cell = cells.get(column);
            row.add(cell == null ? "0" : Figures.shown(cell.total(), cell.sealed()));
            total += cell == null ? 0 : cell.total();
            sealed += cell == null ? 0 : cell.sealed();
          }
          row.add(Figures.shown(total, sealed));
          rows.add(row);
        });
    return rows;
  }
}
