package org.kesher.cases.control;

import java.util.EnumSet;
import java.util.Set;
import org.kesher.cases.entity.CaseStatus;

/**
 * The lists of cases a staff member works from: the five work queues of open cases, each with its
 * count badge, and the two views of past work, closed cases and all cases, with the same filters
 * and paging.
 */
public enum Queue {
  /** Open and nobody's yet. */
  UNASSIGNED,
  /** Open and the viewer's own. */
  MINE,
  /** Every open case. */
  OPEN,
  /** Waiting for the resident's answer. */
  WAITING,
  /** Past its resolution due date with its clock running (not paused for the resident). */
  OVERDUE,
  /** Cases no longer worked: resolved, closed, referred, duplicate or withdrawn. */
  CLOSED,
  /** Every case, open or not. */
  ALL;

  /** The statuses this list can hold: what its status filter offers. */
  public Set<CaseStatus> statuses() {
    return switch (this) {
      case UNASSIGNED, MINE, OPEN, OVERDUE -> CaseStatus.OPEN;
      case WAITING -> EnumSet.of(CaseStatus.WAITING_FOR_RESIDENT);
      case CLOSED -> EnumSet.complementOf(EnumSet.copyOf(CaseStatus.OPEN));
      case ALL -> EnumSet.allOf(CaseStatus.class);
    };
  }

  /** A work queue of open cases, with a count badge; the views of past work have none. */
  public boolean isWorkQueue() {
    return this != CLOSED && this != ALL;
  }
}
