package org.kesher.buildings.entity;

/** A house committee member's part in it. */
public enum CommitteeRole {
  CHAIR,
  TREASURER,
  MEMBER
}
