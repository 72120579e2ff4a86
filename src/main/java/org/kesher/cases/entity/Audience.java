package org.kesher.cases.entity;

/**
 * To whom a public timeline event is addressed: the requester, one party ({@link CaseEvent} names
 * it), or all parties of the case, the requester among them.
 */
public enum Audience {
  ALL,
  REQUESTER,
  PARTY
}
