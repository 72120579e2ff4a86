package org.kesher.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How one staff member left their queue: the columns shown and the filters applied. No search text:
 * it may be a resident's name, phone or email.
 */
@Entity
@Table(name = "staff_queue_view")
public class QueueView {

  /** The columns a queue can show besides the reference, in their order on the page. */
  public static final List<String> COLUMNS =
      List.of(
          "requester",
          "type",
          "unit",
          "locality",
          "status",
          "assignee",
          "created",
          "due",
          "left",
          "activity",
          "level");

  /** What a new staff member sees. */
  public static final Set<String> DEFAULT_COLUMNS =
      Set.of("requester", "type", "unit", "status", "assignee", "left", "activity", "level");

  @Id
  @Column(name = "staff_id")
  private Long staffId;

  @Column(name = "shown_columns", nullable = false)
  private String shownColumns;

  @Column(name = "unit_id")
  private Long unitId;

  private String status;

  @Column(name = "request_type")
  private String requestType;

  private String locality;

  @Column(name = "assignee_id")
  private Long assigneeId;

  @Column(name = "created_from")
  private LocalDate createdFrom;

  @Column(name = "created_to")
  private LocalDate createdTo;

  @jakarta.persistence.Version private long version;

  protected QueueView() {}

  public QueueView(long staffId) {
    this.staffId = staffId;
    this.shownColumns = String.join(",", DEFAULT_COLUMNS);
  }

  /** The columns to show, only known ones, in page order. */
  public Set<String> columns() {
    Set<String> chosen = new LinkedHashSet<>(Arrays.asList(shownColumns.split(",")));
    Set<String> known = new LinkedHashSet<>(COLUMNS);
    known.retainAll(chosen);
    return known;
  }

  /** Keeps the columns and filters of the page as they are now. */
  public void keep(
      Set<String> columns,
      Long unitId,
      String status,
      String requestType,
      String locality,
      Long assigneeId,
      LocalDate createdFrom,
      LocalDate createdTo) {
    this.shownColumns =
        String.join(
            ",", COLUMNS.stream().filter(c -> columns != null && columns.contains(c)).toList());
    this.unitId = unitId;
    this.status = status;
    this.requestType = requestType;
    this.locality = locality;
    this.assigneeId = assigneeId;
    this.createdFrom = createdFrom;
    this.createdTo = createdTo;
  }

  public Long unitId() {
    return unitId;
  }

  public String status() {
    return status;
  }

  public String requestType() {
    return requestType;
  }

  public String locality() {
    return locality;
  }

  public Long assigneeId() {
    return assigneeId;
  }

  public LocalDate createdFrom() {
    return createdFrom;
  }

  public LocalDate createdTo() {
    return createdTo;
  }
}
