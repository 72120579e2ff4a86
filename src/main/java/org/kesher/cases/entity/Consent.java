package org.kesher.cases.entity;

/** Where a party stands on mediation, each answer recorded with its time. */
public enum Consent {
  /** Invited; has not answered yet. */
  INVITED,
  /** Accepted mediation. */
  ACCEPTED,
  /** Declined mediation. */
  DECLINED,
  /** Accepted, then left. */
  WITHDRAWN;

  /** Whether the party still takes part: invited or accepted, and so hears what is sent to all. */
  public boolean takesPart() {
    return this == INVITED || this == ACCEPTED;
  }
}
