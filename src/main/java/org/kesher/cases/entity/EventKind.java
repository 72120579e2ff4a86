package org.kesher.cases.entity;

/** What happened on a case's timeline. */
public enum EventKind {
  CREATED,
  ROUTED,
  ASSIGNED,
  STATUS_CHANGED,
  INTERNAL_NOTE,
  PUBLIC_REPLY,
  RESIDENT_REPLY,
  REFERRED,
  LINKED,
  VIEWED,
  NOTIFICATION_SENT,
  NOTIFICATION_FAILED
}
