package org.kesher.buildings.entity;

/** What happened in a building's history. */
public enum StepKind {
  BUILDING_OPENED,
  CASE_LINKED,
  COMMITTEE_ELECTED,
  MEMBER_ADDED,
  MEMBER_REMOVED,
  /** A letter to a defaulting owner was printed (the note says which, to whom). */
  OWNER_LETTER,
  /** A further step of the enforcement against a defaulting owner (the note says what). */
  OWNER_STEP
}
