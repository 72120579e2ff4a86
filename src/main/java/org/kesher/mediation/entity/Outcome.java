package org.kesher.mediation.entity;

/** How a mediation ended. */
public enum Outcome {
  AGREEMENT,
  PARTIAL_AGREEMENT,
  NO_AGREEMENT
}
