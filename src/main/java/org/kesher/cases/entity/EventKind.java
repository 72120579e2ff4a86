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
  NOTIFICATION_FAILED,
  /** Four fifths of a service target are used (the body names the target). */
  TARGET_WARNING,
  /** A service target is missed (the body names the target). */
  TARGET_BREACHED,
  /** A party was invited to the case (addressed to them). */
  PARTY_INVITED,
  /** A party accepted mediation. */
  PARTY_ACCEPTED,
  /** A party declined mediation. */
  PARTY_DECLINED,
  /** A party left the mediation they accepted. */
  PARTY_WITHDREW
}
