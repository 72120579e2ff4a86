package org.kesher.cases.control;

import java.util.ArrayList;
import java.util.List;
import org.kesher.cases.entity.CaseFile;

/**
 * The cases a queue export holds: the whole list as its filter and order give it, read through the
 * visibility rule a page at a time ({@link CaseQueries#queue}), up to {@link #MOST} rows, so that
 * an export holds exactly what the viewer's list would show page after page.
 */
public final class QueueExportRows {

  /** The most rows one export holds. */
  public static final int MOST = 20_000;

  /** Rows read per query. */
  static final int PAGE = 500;

  private QueueExportRows() {}

  public static List<CaseFile> all(
      CaseQueries queries, Viewer viewer, QueueFilter filter, CaseQueries.Order order) {
    return all(queries, viewer, filter, order, PAGE);
  }

  /** As {@link #all(CaseQueries, Viewer, QueueFilter, CaseQueries.Order)}, {@code size} a read. */
  static List<CaseFile> all(
      CaseQueries queries, Viewer viewer, QueueFilter filter, CaseQueries.Order order, int size) {
    List<CaseFile> rows = new ArrayList<>();
    while (rows.size() < MOST) {
      List<CaseFile> page =
          queries.queue(viewer, filter, order, rows.size(), Math.min(size, MOST - rows.size()));
      rows.addAll(page);
      if (page.size() < size) {
        break;
      }
    }
    return rows;
  }
}
