package org.kesher.mediation.entity;

/** Where a mediation session stands. */
public enum SessionStatus {
  SCHEDULED,
  HELD,
  CANCELLED
}
