package org.kesher.access.entity;

/** A staff member's place in one unit. */
public enum MemberRole {
  MEMBER,
  /** Everything a member does, plus assignment, escalations and the unit's sealed cases. */
  HEAD
}
