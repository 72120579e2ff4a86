package org.kesher.intake.control;

import java.time.Instant;
import java.util.List;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.EventKind;

/** What the resident may see of their case: status, expected date, the public timeline. */
public record TrackedCase(
    CaseReference reference,
    CaseStatus status,
    Instant expectedResponseBy,
    boolean takesReplies,
    List<Step> timeline) {

  /**
   * One public event: no notes, no staff names; the text of the caseworker's replies only.
   *
   * @param text a reply's text, else null
   */
  public record Step(EventKind kind, CaseStatus status, Instant at, String text) {}
}
