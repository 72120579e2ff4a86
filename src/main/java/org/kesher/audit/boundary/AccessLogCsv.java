package org.kesher.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kesher.audit.control.AccessLogSearch;
import org.kesher.audit.entity.AccessEntry;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Israel;

/**
 * The access log found by a search, as CSV (Apache Commons CSV, RFC 4180, UTF-8): one row per
 * entry, times in Israel's time. The export is itself an entry of the log, written before the first
 * row leaves. A cell that a spreadsheet would read as a formula is written as text.
 */
@ApplicationScoped
public class AccessLogCsv {

  static final String[] HEADER = {
    "id",
    "time",
    "staff",
    "client",
    "action",
    "object_kind",
    "object",
    "outcome",
    "extent",
    "detail"
  };

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(Israel.ZONE);

  @Inject AccessLogSearch search;

  @Inject Event<Accessed> accessed;

  /** The export's own entry, committed before any row is written (call first). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordExport(AccessLogSearch.Filter filter) {
    accessed.fire(
        new Accessed(
            Accessed.Action.LIST_EXPORTED,
            Accessed.ObjectKind.ACCESS_LOG,
            null,
            true,
            Accessed.Extent.LIST,
            null,
            null,
            describe(filter)));
  }

  /** Writes the entries found; the caller recorded the export first ({@link #recordExport}). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public void export(AccessLogSearch.Filter filter, Writer out) {
    try (CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out)) {
      search.each(filter, entry -> row(csv, entry));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void row(CSVPrinter csv, AccessEntry e) {
    try {
      csv.printRecord(
          e.id(),
          TIME.format(e.happenedAt()),
          text(e.staffName().orElse("")),
          text(e.client().orElse("")),
          e.action().name(),
          e.objectKind().name(),
          text(e.objectRef().orElse("")),
          e.granted() ? "granted" : "refused",
          e.extent().name(),
          text(e.detail().orElse("")));
    } catch (IOException failure) {
      throw new UncheckedIOException(failure);
    }
  }

  /** A value a spreadsheet would run as a formula (=, +, -, @ first) gets a leading quote. */
  static String text(String value) {
    return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  /** The search, as the export's entry names it (no more than its conditions). */
  static String describe(AccessLogSearch.Filter f) {
    StringBuilder s = new StringBuilder();
    if (f.staff() != null && !f.staff().isBlank()) {
      s.append("staff=").append(f.staff().strip()).append(' ');
    }
    if (f.object() != null && !f.object().isBlank()) {
      s.append("object=").append(f.object().strip()).append(' ');
    }
    if (f.from() != null) {
      s.append("from=").append(f.from()).append(' ');
    }
    if (f.to() != null) {
      s.append("to=").append(f.to()).append(' ');
    }
    if (f.action() != null) {
      s.append("action=").append(f.action()).append(' ');
    }
    if (f.granted() != null) {
      s.append(f.granted() ? "granted" : "refused");
    }
    return s.toString().strip();
  }
}
