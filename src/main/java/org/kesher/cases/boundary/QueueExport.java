package org.kesher.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.control.CaseQueries;
import org.kesher.ground.boundary.CsvDownload;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Accessed;

/**
 * A queue as the staff member filtered it, exported: to CSV here (newest first, every page, through
 * the visibility rule), and to XLSX by PrimeFaces' DataExporter on the queue's table, which calls
 * {@link #xlsxStarts} first. Each export is in the access log with its row count before a row
 * leaves; a sealed case's requester is left out as on the screen.
 */
@Named("queueExport")
@RequestScoped
public class QueueExport {

  @Inject QueuePage page;

  @Inject QueueWorkspace workspace;

  @Inject CurrentStaff current;

  @Inject ExportRecord record;

  @RolesAllowed("STAFF")
  public void csv() {
    List<QueueWorkspace.QueueLine> lines =
        workspace.allLines(page.filter(), CaseQueries.Order.NEWEST);
    record.exported(Accessed.ObjectKind.CASE, "queue " + page.getQueue(), lines.size(), "csv");
    Locale locale = current.locale();
    List<String> header =
        List.of(
            text(locale, "queue.reference"),
            text(locale, "queue.requester"),
            text(locale, "queue.type"),
            text(locale, "queue.unit"),
            text(locale, "queue.locality"),
            text(locale, "queue.status"),
            text(locale, "queue.assignee"),
            text(locale, "queue.created"),
            text(locale, "queue.due"),
            text(locale, "queue.left"),
            text(locale, "queue.level"));
    List<List<String>> rows = new ArrayList<>();
    for (var line : lines) {
      rows.add(
          cells(
              line.reference(),
              line.requester(),
              line.type(),
              line.unit(),
              line.locality(),
              text(locale, "status." + line.status()),
              line.assignee(),
              line.created(),
              line.due(),
              line.leftKey().isEmpty() ? "" : text(locale, line.leftKey(), line.leftAmount()),
              text(locale, "level." + line.confidentiality())));
    }
    CsvDownload.send("queue-" + page.getQueue().toLowerCase(Locale.ROOT), header, rows);
  }

  /** PrimeFaces' DataExporter is about to write the queue to XLSX: recorded first. */
  @RolesAllowed("STAFF")
  public void xlsxStarts(Object document) {
    long rows = Math.min(workspace.count(page.filter()), Integer.MAX_VALUE);
    record.exported(Accessed.ObjectKind.CASE, "queue " + page.getQueue(), rows, "xlsx");
  }

  /** A row's cells, an empty one for a value a case lacks (a locality, an assignee). */
  private static List<String> cells(String... values) {
    return java.util.Arrays.stream(values).map(v -> v == null ? "" : v).toList();
  }

  private static String text(Locale locale, String key, Object... args) {
    return StaffMessages.text(locale, key, args);
  }
}
