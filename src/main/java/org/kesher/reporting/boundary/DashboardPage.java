package org.kesher.reporting.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.boundary.ExportRecord;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.cases.control.CaseVisibility;
import org.kesher.catalogue.control.BusinessCalendar;
import org.kesher.catalogue.control.Catalogue;
import org.kesher.ground.boundary.CsvDownload;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Accessed;
import org.kesher.reporting.control.Dashboard;
import org.kesher.reporting.control.DashboardTables;

/**
 * The dashboard for unit heads (their units) and department managers (every unit), {@code
 * staff/reports.xhtml}: six tables of SQL aggregates, each also drawn as a chart and exported to
 * CSV and XLSX (every export recorded with its row count). A date range, a unit and a type narrow
 * it; anyone else is told the page is not theirs.
 */
@Named("dashboard")
@ViewScoped
public class DashboardPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The default range: the last twelve weeks. */
  static final int DEFAULT_WEEKS = 12;

  /** The longest range, so that the weeks' table stays readable. */
  static final int MOST_WEEKS = 53;

  @Inject transient Dashboard dashboard;

  @Inject transient StaffViewer viewer;

  @Inject transient CurrentStaff current;

  @Inject transient Catalogue catalogue;

  @Inject transient ExportRecord record;

  private String from;
  private String to;
  private String unit = "";
  private String type = "";
  private List<DashboardTables.Table> tables;
  private String problem;

  /** Whether the staff member has reports at all. */
  @RolesAllowed("STAFF")
  public boolean isAvailable() {
    return scope().any();
  }

  /** The six tables for the filter as it stands, worked out once per view and filter. */
  @RolesAllowed("STAFF")
  public List<DashboardTables.Table> getTables() {
    if (tables == null) {
      tables = work();
    }
    return tables;
  }

  /** Applies the typed filter. */
  @RolesAllowed("STAFF")
  public void apply() {
    tables = null;
  }

  /** The table of this name, for its chart and its exports. */
  @RolesAllowed("STAFF")
  public DashboardTables.Table table(String name) {
    return getTables().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }

  /** The table of this name to CSV, recorded with its row count first. */
  @RolesAllowed("STAFF")
  public void csv(String name) {
    DashboardTables.Table table = table(name);
    if (table == null) {
      return;
    }
    record.exported(Accessed.ObjectKind.REPORT, name, table.rows().size(), "csv");
    CsvDownload.send(name, table.headers(), table.rows());
  }

  /** PrimeFaces' DataExporter is about to write a table to XLSX: recorded first. */
  @RolesAllowed("STAFF")
  public void xlsxStarts(Object document) {
    String name =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .getOrDefault("table", "report");
    DashboardTables.Table table = table(name);
    record.exported(
        Accessed.ObjectKind.REPORT, name, table == null ? 0 : table.rows().size(), "xlsx");
  }

  /** A chart of a table, as Chart.js reads it. */
  @RolesAllowed("STAFF")
  public String chart(String name) {
    DashboardTables.Table table = table(name);
    return table == null ? "{}" : DashboardCharts.of(table, name.equals("new-cases-by-week"));
  }

  private List<DashboardTables.Table> work() {
    problem = null;
    if (!scope().any()) {
      return List.of();
    }
    // a manager's every unit, named once for the page's seven figures
    CaseVisibility.ReportScope scope = dashboard.named(scope());
    LocalDate today = LocalDate.now(BusinessCalendar.ISRAEL);
    LocalDate first = day(from).orElse(today.minusWeeks(DEFAULT_WEEKS));
    LocalDate last = day(to).orElse(today);
    if (last.isBefore(first) || ChronoUnit.WEEKS.between(first, last) > MOST_WEEKS) {
      problem = "reports.rangeWrong";
      first = today.minusWeeks(DEFAULT_WEEKS);
      last = today;
    }
    from = first.toString();
    to = last.toString();
    var filter = new Dashboard.Filter(first, last, id(unit, true), id(type, false));
    Instant now = Clock.systemUTC().instant();
    var language = current.language();
    // each catalogue's names read once for the page, not once a cell
    Map<Long, String> units = new HashMap<>();
    catalogue.units().forEach(u -> units.put(u.id(), u.name().in(language)));
    Map<Long, String> types = new HashMap<>();
    catalogue.requestTypes().forEach(t -> types.put(t.id(), t.name().in(language)));
    Map<Long, String> localities = new HashMap<>();
    catalogue.localities().forEach(l -> localities.put(l.id(), l.name().in(language)));
    var words =
        new DashboardTables(
            id -> units.getOrDefault(id, "#" + id),
            id -> types.getOrDefault(id, "#" + id),
            id -> localities.getOrDefault(id, "#" + id),
            key -> StaffMessages.text(locale(), key));
    LocalDate sunday = first.minusDays(first.getDayOfWeek().getValue() % 7);
    int weeks = (int) ChronoUnit.WEEKS.between(sunday, last) + 1;
    return List.of(
        words.open(dashboard.openByUnitAndStatus(scope, filter)),
        words.weeks(dashboard.newByTypeAndWeek(scope, filter), sunday, weeks),
        words.compliance(dashboard.compliance(scope, filter, now)),
        words.times(
            dashboard.hoursToFirstResponse(scope, filter),
            dashboard.hoursToResolution(scope, filter)),
        words.localities(dashboard.byLocality(scope, filter)),
        words.backlog(dashboard.backlogByAge(scope, filter, now)));
  }

  private CaseVisibility.ReportScope scope() {
    return CaseVisibility.reportScope(viewer.viewer());
  }

  private Locale locale() {
    return current.locale();
  }

  private Long id(String code, boolean ofUnit) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return ofUnit
        ? catalogue.units().stream()
            .filter(u -> u.code().equals(code))
            .map(u -> u.id())
            .findFirst()
            .orElse(null)
        : catalogue.requestTypes().stream()
            .filter(t -> t.code().equals(code))
            .map(t -> t.id())
            .findFirst()
            .orElse(null);
  }

  private static Optional<LocalDate> day(String typed) {
    try {
      return typed == null || typed.isBlank()
          ? Optional.empty()
          : Optional.of(LocalDate.parse(typed.strip()));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** A unit or type to narrow by: its code and its name in the staff member's language. */
  public record Option(String value, String label) implements Serializable {}

  /** The units the staff member's reports count. */
  @RolesAllowed("STAFF")
  public List<Option> getUnits() {
    CaseVisibility.ReportScope scope = scope();
    return catalogue.units().stream()
        .filter(u -> scope.holds(u.id()))
        .map(u -> new Option(u.code(), u.name().in(current.language())))
        .toList();
  }

  @RolesAllowed("STAFF")
  public List<Option> getTypes() {
    return catalogue.requestTypes().stream()
        .map(t -> new Option(t.code(), t.name().in(current.language())))
        .toList();
  }

  /** The message key of a problem with the filter, or null. */
  public String getProblem() {
    return problem;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getTo() {
    return to;
  }

  public void setTo(String to) {
    this.to = to;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }
}
