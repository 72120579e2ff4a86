package org.kesher.cases.control;

/** The work lists of a unit, each with its count badge. */
public enum Queue {
  /** Open and nobody's yet. */
  UNASSIGNED,
  /** Open and the viewer's own. */
  MINE,
  /** Every open case. */
  OPEN,
  /** Waiting for the resident's answer. */
  WAITING,
  /** Open past its expected response date. */
  OVERDUE
}
