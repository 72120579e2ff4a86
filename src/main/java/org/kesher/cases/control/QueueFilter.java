package org.kesher.cases.control;

import java.time.LocalDate;
import org.kesher.cases.entity.CaseStatus;

/**
 * What a queue page asks for besides the viewer: the queue, and optionally one unit, status,
 * request type, locality, assignee, a span of creation dates (both days included, Israel time) and
 * a search (a reference, or a requester's exact phone, email or name).
 *
 * @param unitId null: every unit the viewer may see
 */
public record QueueFilter(
    Queue queue,
    Long unitId,
    CaseStatus status,
    String requestType,
    String search,
    String locality,
    Long assigneeId,
    LocalDate createdFrom,
    LocalDate createdTo) {

  public QueueFilter(
      Queue queue, Long unitId, CaseStatus status, String requestType, String search) {
    this(queue, unitId, status, requestType, search, null, null, null, null);
  }

  /** Nothing asked for but the queue: its count is the queue's badge. */
  public boolean isWholeQueue() {
    return unitId == null
        && status == null
        && requestType == null
        && (search == null || search.isBlank())
        && locality == null
        && assigneeId == null
        && createdFrom == null
        && createdTo == null;
  }

  public static QueueFilter of(Queue queue) {
    return new QueueFilter(queue, null, null, null, null);
  }
}
