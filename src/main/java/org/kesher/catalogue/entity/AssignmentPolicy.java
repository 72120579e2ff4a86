package org.kesher.catalogue.entity;

/** How a unit hands out a new case. */
public enum AssignmentPolicy {
  /** To the member with the fewest open cases. */
  LEAST_OPEN,
  /** To the members in turn. */
  ROUND_ROBIN,
  /** It stays unassigned until the unit head hands it out. */
  UNIT_HEAD
}
