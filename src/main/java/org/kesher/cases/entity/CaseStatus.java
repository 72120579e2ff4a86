package org.kesher.cases.entity;

import java.util.EnumSet;
import java.util.Set;

/**
 * A case's life: NEW → ASSIGNED → IN_PROGRESS ⇄ WAITING_FOR_RESIDENT → RESOLVED → CLOSED, and the
 * side exits REFERRED, DUPLICATE and WITHDRAWN. A resident's reply reopens a RESOLVED case.
 */
public enum CaseStatus {
  NEW,
  ASSIGNED,
  IN_PROGRESS,
  WAITING_FOR_RESIDENT,
  RESOLVED,
  CLOSED,
  REFERRED,
  DUPLICATE,
  WITHDRAWN;

  /** The statuses a case is still being worked in. */
  public static final Set<CaseStatus> OPEN =
      EnumSet.of(NEW, ASSIGNED, IN_PROGRESS, WAITING_FOR_RESIDENT);

  public boolean isOpen() {
    return OPEN.contains(this);
  }

  /** Whether the status model allows going from this status to {@code next}. */
  public boolean canMoveTo(CaseStatus next) {
    return next != this && successors().contains(next);
  }

  private Set<CaseStatus> successors() {
    return switch (this) {
      case NEW -> EnumSet.of(ASSIGNED, IN_PROGRESS, REFERRED, DUPLICATE, WITHDRAWN);
      case ASSIGNED ->
          EnumSet.of(
              NEW, IN_PROGRESS, WAITING_FOR_RESIDENT, RESOLVED, REFERRED, DUPLICATE, WITHDRAWN);
      case IN_PROGRESS ->
          EnumSet.of(WAITING_FOR_RESIDENT, RESOLVED, REFERRED, DUPLICATE, WITHDRAWN);
      case WAITING_FOR_RESIDENT -> EnumSet.of(IN_PROGRESS, RESOLVED, REFERRED, WITHDRAWN);
      case RESOLVED -> EnumSet.of(CLOSED, IN_PROGRESS);
      case CLOSED, REFERRED, DUPLICATE, WITHDRAWN -> EnumSet.noneOf(CaseStatus.class);
    };
  }
}
