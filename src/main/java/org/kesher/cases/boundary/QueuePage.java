package org.kesher.cases.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.boundary.QueueWorkspace.QueueLine;
import org.kesher.cases.control.CaseQueries;
import org.kesher.cases.control.Queue;
import org.kesher.cases.control.QueueFilter;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.QueueView;
import org.kesher.ground.boundary.StaffMessages;
import org.primefaces.model.LazyDataModel;

/**
 * A unit's queue in the staff workspace: the five queues with their badges, filters, and a lazy
 * table that asks the database for one page at a time, sorted and filtered there.
 */
@Named
@ViewScoped
public class QueuePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject QueueWorkspace workspace;

  @Inject CurrentStaff current;

  @Inject QueueChoices choices;

  private Queue queue = Queue.OPEN;
  private CaseStatus status;
  private String search;
  private Long unit;
  private String requestType;
  private String locality;
  private Long assignee;
  private LocalDate createdFrom;
  private LocalDate createdTo;
  private List<String> columns = new java.util.ArrayList<>(QueueView.DEFAULT_COLUMNS);

  /** Opens the queue as the staff member left it: their columns and filters. */
  @PostConstruct
  void restore() {
    QueueView view = workspace.queueView();
    columns = new java.util.ArrayList<>(view.columns());
    unit = view.unitId();
    setStatus(view.status());
    requestType = view.requestType();
    locality = view.locality();
    assignee = view.assigneeId();
    createdFrom = view.createdFrom();
    createdTo = view.createdTo();
  }

  /** Applies the filters and columns, and keeps them for the next time. */
  @RolesAllowed("STAFF")
  public void apply() {
    if (createdFrom != null && createdTo != null && createdTo.isBefore(createdFrom)) {
      StaffMessages.sayAt(
          "queue:created-to",
          jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
          StaffMessages.text(current.locale(), "queue.datesReversed"));
      return;
    }
    Set<String> shown = Set.copyOf(columns);
    String statusName = status == null ? null : status.name();
    workspace.keepQueueView(
        v ->
            v.keep(
                shown,
                unit,
                statusName,
                blankToNull(requestType),
                blankToNull(locality),
                assignee,
                createdFrom,
                createdTo));
  }

  /** Shows every case of the queue again, and keeps that. */
  @RolesAllowed("STAFF")
  public void clearFilters() {
    unit = null;
    status = null;
    requestType = null;
    locality = null;
    assignee = null;
    createdFrom = null;
    createdTo = null;
    search = null;
    apply();
  }

  /** The filters in force, as chips a staff member can remove one by one. */
  public List<QueueChoices.Chip> getChips() {
    return choices.chips(filter());
  }

  /** Removes one filter (a chip's key), and keeps the rest. */
  @RolesAllowed("STAFF")
  public void removeFilter(String key) {
    switch (key) {
      case "search" -> search = null;
      case "status" -> status = null;
      case "unit" -> unit = null;
      case "requestType" -> requestType = null;
      case "locality" -> locality = null;
      case "assignee" -> assignee = null;
      case "createdFrom" -> createdFrom = null;
      case "createdTo" -> createdTo = null;
      default -> {
        return;
      }
    }
    apply();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private final QueueLines lines = new QueueLines(this);

  QueueFilter filter() {
    return new QueueFilter(
        queue,
        unit,
        shownStatus(),
        blankToNull(requestType),
        search,
        blankToNull(locality),
        assignee,
        createdFrom,
        createdTo);
  }

  public LazyDataModel<QueueLine> getLines() {
    return lines;
  }

  /**
   * Whether the list is a search by words that found more cases than such a search counts: the page
   * then says "more than" that many rather than a number.
   */
  public boolean isMoreThanCounted() {
    return lines.getRowCount() > CaseQueries.WORDS_COUNTED_AT_MOST
        && CaseQueries.searchesWords(filter());
  }

  public int getCountedAtMost() {
    return CaseQueries.WORDS_COUNTED_AT_MOST;
  }

  public String getQueue() {
    return queue.name();
  }

  public void setQueue(String name) {
    Queue named = named(Queue.values(), name);
    this.queue = named == null ? Queue.OPEN : named;
  }

  private static <E extends Enum<E>> E named(E[] values, String name) {
    return Arrays.stream(values).filter(v -> v.name().equals(name)).findFirst().orElse(null);
  }

  public String getStatus() {
    CaseStatus shown = shownStatus();
    return shown == null ? "" : shown.name();
  }

  /** The status filter, when the list shown can hold that status (a kept one may not). */
  private CaseStatus shownStatus() {
    return status != null && queue.statuses().contains(status) ? status : null;
  }

  public void setStatus(String name) {
    this.status = named(CaseStatus.values(), name);
  }

  /** The statuses the status filter offers: those the list shown can hold. */
  public List<String> getStatuses() {
    return Arrays.stream(CaseStatus.values())
        .filter(queue.statuses()::contains)
        .map(Enum::name)
        .toList();
  }

  @PermitAll
  public boolean shows(String column) {
    return columns.contains(column);
  }

  public List<String> getColumnChoices() {
    return QueueView.COLUMNS;
  }

  public List<String> getColumns() {
    return columns;
  }

  public void setColumns(List<String> columns) {
    // a mutable list: JSF makes a new one of the same class on the next postback
    this.columns =
        columns == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(columns);
  }

  public Long getUnit() {
    return unit;
  }

  public void setUnit(Long unit) {
    this.unit = unit;
  }

  public String getRequestType() {
    return requestType;
  }

  public void setRequestType(String requestType) {
    this.requestType = requestType;
  }

  public String getLocality() {
    return locality;
  }

  public void setLocality(String locality) {
    this.locality = locality;
  }

  public Long getAssignee() {
    return assignee;
  }

  public void setAssignee(Long assignee) {
    this.assignee = assignee;
  }

  public LocalDate getCreatedFrom() {
    return createdFrom;
  }

  public void setCreatedFrom(LocalDate createdFrom) {
    this.createdFrom = createdFrom;
  }

  public LocalDate getCreatedTo() {
    return createdTo;
  }

  public void setCreatedTo(LocalDate createdTo) {
    this.createdTo = createdTo;
  }

  public String getSearch() {
    return search;
  }

  public void setSearch(String search) {
    this.search = search;
  }
}
