package org.kesher.cases.entity;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule for a resident's answer on a case: an open case takes it, and it puts a case waiting for
 * the resident, or resolved within the last {@link #REOPEN_WINDOW}, back to work.
 */
public final class ResidentReply {

  /** How long after a case is resolved a resident's reply still reopens it. */
  public static final Duration REOPEN_WINDOW = Duration.ofDays(14);

  private ResidentReply() {}

  /**
   * Whether a reply now puts a case in {@code status} back to work.
   *
   * @throws CaseRuleViolation when the case takes no replies any more
   */
  static boolean bringsBack(CaseStatus status, Milestones milestones, Instant now) {
    boolean reopens =
        status == CaseStatus.RESOLVED && milestones.resolvedWithin(REOPEN_WINDOW, now);
    if (!status.isOpen() && !reopens) {
      throw new CaseRuleViolation("case.closed", "a " + status + " case takes no replies");
    }
    return status == CaseStatus.WAITING_FOR_RESIDENT || reopens;
  }
}
