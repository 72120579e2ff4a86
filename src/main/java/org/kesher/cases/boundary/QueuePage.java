package org.kesher.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kesher.cases.boundary.StaffWorkspace.QueueLine;
import org.kesher.cases.control.CaseQueries;
import org.kesher.cases.control.CaseWork;
import org.kesher.cases.control.Queue;
import org.kesher.cases.control.QueueFilter;
import org.kesher.cases.entity.CaseStatus;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A unit's queue in the staff workspace: the five queues with their badges, filters, and a lazy
 * table that asks the database for one page at a time, sorted and filtered there.
 */
@Named
@ViewScoped
public class QueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffWorkspace workspace;

  @Inject CaseWork work;

  private Queue queue = Queue.OPEN;
  private CaseStatus status;
  private String search;
  private List<QueueLine> selected = List.of();
  private String bulkStatus;

  private final LazyDataModel<QueueLine> lines =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
          return (int) Math.min(Integer.MAX_VALUE, workspace.count(filter()));
        }

        @Override
        public List<QueueLine> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filters) {
          return workspace.lines(filter(), order(sortBy), first, pageSize);
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
      };

  private QueueFilter filter() {
    return new QueueFilter(queue, null, status, null, search);
  }

  private static CaseQueries.Order order(Map<String, SortMeta> sortBy) {
    SortMeta sort = sortBy == null ? null : sortBy.get("due");
    if (sort != null && sort.getOrder() != SortOrder.UNSORTED) {
      return CaseQueries.Order.DUE_FIRST;
    }
    SortMeta created = sortBy == null ? null : sortBy.get("reference");
    return created != null && created.getOrder() == SortOrder.ASCENDING
        ? CaseQueries.Order.OLDEST
        : CaseQueries.Order.NEWEST;
  }

  /** Takes the selected cases. */
  public void takeSelected() {
    bulk(null);
  }

  /** Moves the selected cases to the chosen status. */
  public void moveSelected() {
    Arrays.stream(CaseStatus.values())
        .filter(s -> s.name().equals(bulkStatus))
        .findFirst()
        .ifPresent(this::bulk);
  }

  private void bulk(CaseStatus next) {
    var result =
        work.bulk(workspace.viewer(), selected.stream().map(QueueLine::reference).toList(), next);
    var faces = jakarta.faces.context.FacesContext.getCurrentInstance();
    var texts = java.util.ResourceBundle.getBundle("i18n.staff", workspace.getLocale());
    faces.addMessage(
        null,
        new jakarta.faces.application.FacesMessage(
            result.refused().isEmpty()
                ? jakarta.faces.application.FacesMessage.SEVERITY_INFO
                : jakarta.faces.application.FacesMessage.SEVERITY_WARN,
            java.text.MessageFormat.format(
                texts.getString("queue.bulkDone"),
                result.changed(),
                String.join(", ", result.refused())),
            null));
    selected = List.of();
  }

  public List<QueueLine> getSelected() {
    return selected;
  }

  public void setSelected(List<QueueLine> selected) {
    this.selected = selected == null ? List.of() : selected;
  }

  public String getBulkStatus() {
    return bulkStatus;
  }

  public void setBulkStatus(String bulkStatus) {
    this.bulkStatus = bulkStatus;
  }

  public LazyDataModel<QueueLine> getLines() {
    return lines;
  }

  /** Each queue with its count, in the order of the tabs. */
  public List<Map.Entry<String, Long>> getBadges() {
    Map<Queue, Long> counts = workspace.badges();
    return Arrays.stream(Queue.values())
        .map(q -> Map.entry(q.name(), counts.getOrDefault(q, 0L)))
        .toList();
  }

  public String getQueue() {
    return queue.name();
  }

  public void setQueue(String name) {
    this.queue =
        Arrays.stream(Queue.values())
            .filter(q -> q.name().equals(name))
            .findFirst()
            .orElse(Queue.OPEN);
  }

  public String getStatus() {
    return status == null ? "" : status.name();
  }

  public void setStatus(String name) {
    this.status =
        Arrays.stream(CaseStatus.values())
            .filter(s -> s.name().equals(name))
            .findFirst()
            .orElse(null);
  }

  public List<String> getStatuses() {
    return Arrays.stream(CaseStatus.values()).map(Enum::name).toList();
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
