package org.kesher.cases.entity;

/** Who a further party of a case is, beside its requester. */
public enum PartyRole {
  /** The other side of a dispute: a neighbour the requester asks to mediate with. */
  OTHER_PARTY,
  /** A building's house committee, speaking for its residents. */
  HOUSE_COMMITTEE
}
