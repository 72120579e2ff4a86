package org.kesher.cases.control;

import org.kesher.cases.entity.CaseStatus;

/**
 * What a queue page asks for besides the viewer: the queue, and optionally one unit, status,
 * request type and a search (a reference, or a requester's exact phone, email or name).
 *
 * @param unitId null: every unit the viewer may see
 */
public record QueueFilter(
    Queue queue, Long unitId, CaseStatus status, String requestType, String search) {

  public static QueueFilter of(Queue queue) {
    return new QueueFilter(queue, null, null, null, null);
  }
}
