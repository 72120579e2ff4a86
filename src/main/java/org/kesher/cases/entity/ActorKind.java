package org.kesher.cases.entity;

/** Who caused an event. */
public enum ActorKind {
  RESIDENT,
  STAFF,
  SYSTEM
}
