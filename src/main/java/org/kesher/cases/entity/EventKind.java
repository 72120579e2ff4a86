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
  PARTY_WITHDREW,
  /** A mediation session was set (the body says when and where), told to every participant. */
  SESSION_SCHEDULED,
  /** A session moved to another time or place. */
  SESSION_RESCHEDULED,
  /** A session was called off. */
  SESSION_CANCELLED,
  /** A session took place; who attended is staff's. */
  SESSION_HELD,
  /** The mediation's outcome was recorded (the body names it). */
  OUTCOME_RECORDED;

  /** The events a mediation writes on its case's timeline ({@link CaseEvent#mediation}). */
  public boolean isMediation() {
    return name().startsWith("SESSION_") || this == OUTCOME_RECORDED;
  }
}
