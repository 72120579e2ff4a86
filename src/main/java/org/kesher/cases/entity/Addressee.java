package org.kesher.cases.entity;

import java.util.Objects;

/**
 * Whom a caseworker's public reply is for: the requester, one party of the case, or all of them.
 *
 * @param party the party, with {@link Audience#PARTY} only
 */
public record Addressee(Audience audience, CaseParty party) {

  public Addressee {
    Objects.requireNonNull(audience, "audience");
    if ((audience == Audience.PARTY) != (party != null)) {
      throw new IllegalArgumentException("a party goes with the PARTY audience, and only there");
    }
  }

  public static Addressee requester() {
    return new Addressee(Audience.REQUESTER, null);
  }

  public static Addressee all() {
    return new Addressee(Audience.ALL, null);
  }

  public static Addressee party(CaseParty party) {
    return new Addressee(Audience.PARTY, Objects.requireNonNull(party, "party"));
  }
}
