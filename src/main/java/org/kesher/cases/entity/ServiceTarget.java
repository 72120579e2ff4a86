package org.kesher.cases.entity;

/** A case's service targets, each with its own clock. */
public enum ServiceTarget {
  FIRST_RESPONSE,
  RESOLUTION;

  /** How far a target went: its warning mark (four fifths of it), or its due date. */
  public enum Level {
    WARNING,
    BREACH
  }
}
