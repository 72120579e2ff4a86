package org.kesher.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kesher.cases.control.CaseVisibility;
import org.kesher.catalogue.control.BusinessCalendar;

/**
 * The figures of the unit heads' and department managers' dashboard, each one SQL aggregate over
 * the cases of the viewer's {@linkplain CaseVisibility.ReportScope report scope}: no case is read
 * into memory. Every count says how many sealed cases it holds, so that a page shows a small one as
 * "&lt; 5"; sealed cases stay out of the compliance and timing figures altogether. Times are wall
 * clock hours from the case's opening, counted in whole hours.
 */
@ApplicationScoped
public class Dashboard {

  private static final String OPEN = "('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')";
  private static final String SEALED =
      "SUM(CASE WHEN c.confidentiality = 'SEALED' THEN 1 ELSE 0 END)";
  private static final String NOT_SEALED = " AND c.confidentiality <> 'SEALED'";

  @PersistenceContext EntityManager em;

  /**
   * What the figures look at: cases opened from {@code from} to {@code to} (days in Israel, both
   * included; the open cases and the backlog count every open case), of one unit and one type or of
   * all (null).
   */
  public record Filter(LocalDate from, LocalDate to, Long unitId, Long typeId) {
    public Filter {
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("the range ends before it begins");
      }
    }

    Instant start() {
      return from.atStartOfDay(BusinessCalendar.ISRAEL).toInstant();
    }

    Instant end() {
      return to.plusDays(1).atStartOfDay(BusinessCalendar.ISRAEL).toInstant();
    }
  }

  /** A count under two keys (such as a unit and a status), with how many of it are sealed cases. */
  public record Count(long key, String key2, long total, long sealed) {}

  /**
   * How many cases met and missed a target, by unit and type; a case still running is in neither.
   */
  public record Compliance(
      long unitId,
      long typeId,
      long firstResponseMet,
      long firstResponseMissed,
      long resolutionMet,
      long resolutionMissed) {}

  /** How many cases took {@code hours} whole hours (a histogram). */
  public record Bucket(long hours, long cases) {}

  /** Open cases now, by unit and status. */
  public List<Count> openByUnitAndStatus(CaseVisibility.ReportScope scope, Filter filter) {
    return counts(
        "SELECT c.unit_id, c.status, COUNT(*), "
            + SEALED
            + " FROM case_file c WHERE c.status IN "
            + OPEN
            + narrowed(scope, filter)
            + " GROUP BY c.unit_id, c.status",
        List.of());
  }

  /**
   * Cases opened in the range, by type and week: the week's number counted from the Sunday on or
   * before the range's first day (0, 1, ...).
   */
  public List<Count> newByTypeAndWeek(CaseVisibility.ReportScope scope, Filter filter) {
    LocalDate sunday = filter.from().minusDays(filter.from().getDayOfWeek().getValue() % 7);
    Instant weekZero = sunday.atStartOfDay(BusinessCalendar.ISRAEL).toInstant();
    // a derived table, so that GROUP BY names plain columns (MySQL's only_full_group_by)
    return counts(
        "SELECT x.type_id, x.week, COUNT(*), SUM(x.sealed) FROM (SELECT c.request_type_id AS"
            + " type_id, FLOOR(TIMESTAMPDIFF(MINUTE, ?, c.created_at) / 10080) AS week,"
            + " CASE WHEN c.confidentiality = 'SEALED' THEN 1 ELSE 0 END AS sealed"
            + " FROM case_file c WHERE "
            + inRange()
            + narrowed(scope, filter)
            + ") x GROUP BY x.type_id, x.week",
        List.of(Timestamp.from(weekZero), range(filter)));
  }

  /** Cases opened in the range, by locality (0 for none). */
  public List<Count> byLocality(CaseVisibility.ReportScope scope, Filter filter) {
    return counts(
        "SELECT COALESCE(c.locality_id, 0), '', COUNT(*), "
            + SEALED
            + " FROM case_file c WHERE "
            + inRange()
            + narrowed(scope, filter)
            + " GROUP BY COALESCE(c.locality_id, 0)",
        List.of(range(filter)));
  }

  /** Open cases now by unit and age since opening: up to 7 days, 30, 90, and older. */
  public List<Count> backlogByAge(CaseVisibility.ReportScope scope, Filter filter, Instant now) {
    return counts(
        "SELECT x.unit_id, x.age, COUNT(*), SUM(x.sealed) FROM (SELECT c.unit_id,"
            + " CASE WHEN c.created_at > ? THEN '0-7' WHEN c.created_at > ? THEN '8-30'"
            + " WHEN c.created_at > ? THEN '31-90' ELSE '91+' END AS age,"
            + " CASE WHEN c.confidentiality = 'SEALED' THEN 1 ELSE 0 END AS sealed"
            + " FROM case_file c WHERE c.status IN "
            + OPEN
            + narrowed(scope, filter)
            + ") x GROUP BY x.unit_id, x.age",
        List.of(daysAgo(now, 7), daysAgo(now, 30), daysAgo(now, 90)));
  }

  private static Timestamp daysAgo(Instant now, long days) {
    return Timestamp.from(now.minus(java.time.Duration.ofDays(days)));
  }

  /** Compliance with both targets of the cases opened in the range, by unit and type. */
  public List<Compliance> compliance(CaseVisibility.ReportScope scope, Filter filter, Instant now) {
    Timestamp at = Timestamp.from(now);
    String resolved = "COALESCE(c.resolved_at, c.closed_at)";
    List<Object[]> rows =
        rows(
            "SELECT c.unit_id, c.request_type_id,"
                + " SUM(CASE WHEN c.first_responded_at <= c.first_response_due THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN c.first_responded_at > c.first_response_due"
                + " OR (c.first_responded_at IS NULL AND c.first_response_due < ?) THEN 1 ELSE 0"
                + " END),"
                + " SUM(CASE WHEN "
                + resolved
                + " <= c.resolution_due THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN "
                + resolved
                + " > c.resolution_due OR ("
                + resolved
                + " IS NULL AND c.resolution_due < ? AND c.status IN ('NEW', 'ASSIGNED',"
                + " 'IN_PROGRESS')) THEN 1 ELSE 0 END)"
                + " FROM case_file c WHERE "
                + inRange()
                + NOT_SEALED
                + narrowed(scope, filter)
                + " GROUP BY c.unit_id, c.request_type_id",
            List.of(at, at, range(filter)));
    return rows.stream()
        .map(
            r ->
                new Compliance(
                    number(r[0]),
                    number(r[1]),
                    number(r[2]),
                    number(r[3]),
                    number(r[4]),
                    number(r[5])))
        .toList();
  }

  /** Whole hours from opening to the first response, of the cases opened in the range. */
  public List<Bucket> hoursToFirstResponse(CaseVisibility.ReportScope scope, Filter filter) {
    return hours("c.first_responded_at", scope, filter);
  }

  /** Whole hours from opening to the resolution, of the cases opened in the range. */
  public List<Bucket> hoursToResolution(CaseVisibility.ReportScope scope, Filter filter) {
    return hours("c.resolved_at", scope, filter);
  }

  private List<Bucket> hours(String end, CaseVisibility.ReportScope scope, Filter filter) {
    return rows(
            "SELECT x.hours, COUNT(*) FROM (SELECT FLOOR(TIMESTAMPDIFF(MINUTE, c.created_at, "
                + end
                + ") / 60) AS hours FROM case_file c WHERE "
                + inRange()
                + " AND "
                + end
                + " IS NOT NULL"
                + NOT_SEALED
                + narrowed(scope, filter)
                + ") x GROUP BY x.hours ORDER BY x.hours",
            List.of(range(filter)))
        .stream()
        .map(r -> new Bucket(number(r[0]), number(r[1])))
        .toList();
  }

  private static String inRange() {
    return "c.created_at >= ? AND c.created_at < ?";
  }

  private static Object[] range(Filter filter) {
    return new Object[] {Timestamp.from(filter.start()), Timestamp.from(filter.end())};
  }

  /**
   * The scope and the unit and type filters, as conditions to append. Every unit's cases are named
   * unit by unit too, so that the database reads one range of an index per unit.
   */
  /**
   * The scope with every unit named: a department manager's "every unit" as the list of units, read
   * once for a page of figures rather than once a figure; a unit head's scope as it is.
   */
  public CaseVisibility.ReportScope named(CaseVisibility.ReportScope scope) {
    if (!scope.allUnits()) {
      return scope;
    }
    @SuppressWarnings("unchecked")
    List<Object> ids = em.createNativeQuery("SELECT id FROM community_unit").getResultList();
    return new CaseVisibility.ReportScope(
        false,
        ids.stream()
            .map(id -> ((Number) id).longValue())
            .collect(java.util.stream.Collectors.toSet()));
  }

  private String narrowed(CaseVisibility.ReportScope scope, Filter filter) {
    StringBuilder where = new StringBuilder(" AND ").append(named(scope).sql("c"));
    if (filter.unitId() != null) {
      where.append(" AND c.unit_id = ").append(filter.unitId().longValue());
    }
    if (filter.typeId() != null) {
      where.append(" AND c.request_type_id = ").append(filter.typeId().longValue());
    }
    return where.toString();
  }

  private List<Count> counts(String sql, List<Object> params) {
    return rows(sql, params).stream()
        .map(
            r ->
                new Count(
                    number(r[0]),
                    r[1] instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(r[1]),
                    number(r[2]),
                    number(r[3])))
        .toList();
  }

  /** Runs the SQL with its parameters in order; an array among them stands for several. */
  private List<Object[]> rows(String sql, List<Object> params) {
    var query = em.createNativeQuery(sql);
    int position = 1;
    for (Object param : params) {
      if (param instanceof Object[] several) {
        for (Object one : several) {
          query.setParameter(position++, one);
        }
      } else {
        query.setParameter(position++, param);
      }
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    return rows;
  }

  private static long number(Object cell) {
    return cell == null ? 0 : ((Number) cell).longValue();
  }
}
