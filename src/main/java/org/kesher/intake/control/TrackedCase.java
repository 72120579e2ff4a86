package org.kesher.intake.control;

import java.time.Instant;
import java.util.List;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.EventKind;

/**
 * What the resident may see of their case: status, expected date, the public timeline; for a party
 * of the case, what is addressed to them or to all, and their invitation; whether a mediation's
 * signed agreement may be downloaded.
 */
public record TrackedCase(
    CaseReference reference,
    CaseStatus status,
    Instant expectedResponseBy,
    Expected expected,
    boolean takesReplies,
    List<Step> timeline,
    boolean agreement,
    PartyView party) {

  /**
   * What a party of the case (not its requester) reads of their invitation: the unit that invites
   * them, the words the mediator wrote for them, and where they stand; null for the requester.
   */
  public record PartyView(
      org.kesher.catalogue.entity.LocalizedText unit,
      String invitation,
      org.kesher.cases.entity.Consent consent,
      Instant at) {}

  /**
   * The expected date as the resident reads it: in how many business days of the unit's calendar it
   * comes (0 on the day itself), or that the clock waits for their answer; none for a case no
   * longer open.
   */
  public record Expected(int businessDays, boolean waitingForYou) {}

  /**
   * One public event: no notes, no staff names; the text of the caseworker's replies only.
   *
   * @param text a reply's text, else null
   */
  public record Step(EventKind kind, CaseStatus status, Instant at, String text) {}
}
