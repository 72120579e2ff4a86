package org.kesher.cases.boundary;

import java.util.List;
import java.util.Map;
import org.kesher.cases.boundary.QueueWorkspace.QueueLine;
import org.kesher.cases.control.CaseQueries;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The queue's table as PrimeFaces asks for it: one page of lines at a time and the count, under the
 * page's filters, sorted by the database.
 */
final class QueueLines extends LazyDataModel<QueueLine> {

  private static final long serialVersionUID = 1L;

  private final QueuePage page;

  QueueLines(QueuePage page) {
    this.page = page;
  }

  @Override
  public int count(Map<String, FilterMeta> filters) {
    return (int) Math.min(Integer.MAX_VALUE, page.workspace.count(page.filter()));
  }

  @Override
  public List<QueueLine> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filters) {
    return page.workspace.lines(page.filter(), order(sortBy), first, pageSize);
  }

  @Override
  public String getRowKey(QueueLine line) {
    return line.reference();
  }

  @Override
  public QueueLine getRowData(String reference) {
    return getWrappedData().stream()
        .filter(l -> l.reference().equals(reference))
        .findFirst()
        .orElse(null);
  }

  static CaseQueries.Order order(Map<String, SortMeta> sortBy) {
    SortMeta sort = sortBy == null ? null : sortBy.get("due");
    if (sort != null && sort.getOrder() != SortOrder.UNSORTED) {
      return CaseQueries.Order.DUE_FIRST;
    }
    SortMeta created = sortBy == null ? null : sortBy.get("reference");
    return created != null && created.getOrder() == SortOrder.ASCENDING
        ? CaseQueries.Order.OLDEST
        : CaseQueries.Order.NEWEST;
  }
}
