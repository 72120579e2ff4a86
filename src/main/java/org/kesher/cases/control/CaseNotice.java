package org.kesher.cases.control;

import java.util.Objects;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.ServiceTarget;

/**
 * Something happened to a case that someone should hear of, fired as a CDI event inside the
 * transaction of the change, so that whoever writes the notification writes it in that same
 * transaction or not at all.
 *
 * @param trackingCode the resident's tracking code, only with {@link Kind#RECEIVED}: the one time
 *     it is known in plain text
 * @param staff the staff member told, for the kinds addressed to staff
 * @param text the reply, with {@link Kind#PUBLIC_REPLY}; the target's name with {@link
 *     Kind#TARGET_WARNING} and {@link Kind#TARGET_BREACHED}
 */
public record CaseNotice(
    Kind kind, CaseFile caseFile, String trackingCode, StaffAccount staff, String text) {

  /** What happened, and who is told. */
  public enum Kind {
    /** To the resident: the request arrived; how to track it. */
    RECEIVED,
    /**
     * To the resident: their request went to another unit, and their reference and tracking code
     * follow it there.
     */
    REFERRED,
    /** To the resident: the status changed. */
    STATUS_CHANGED,
    /** To the resident: a caseworker answered. */
    PUBLIC_REPLY,
    /** To the resident: the case is resolved, and how long a reply may reopen it. */
    RESOLVED,
    /** To a caseworker: a case is now theirs. */
    ASSIGNED_TO_YOU,
    /** To a unit's head: a case was referred to their unit. */
    REFERRED_TO_YOUR_UNIT,
    /** To a caseworker, in the staff pages only: the resident wrote on their case. */
    RESIDENT_REPLIED,
    /** To a unit's head: someone outside the case's audience broke the glass to open it. */
    BREAK_GLASS,
    /** To the assignee (a unit head when there is none): four fifths of a target are used. */
    TARGET_WARNING,
    /** To a unit's head: a service target is missed. */
    TARGET_BREACHED
  }

  public CaseNotice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(caseFile, "caseFile");
  }

  public static CaseNotice received(CaseFile c, String trackingCode) {
    return new CaseNotice(Kind.RECEIVED, c, trackingCode, null, null);
  }

  /**
   * A status change as the resident hears of it: resolved has a mail of its own, and so has a
   * referral (where the request went, and that their code follows it).
   */
  public static CaseNotice statusChanged(CaseFile c) {
    Kind kind =
        switch (c.status()) {
          case RESOLVED -> Kind.RESOLVED;
          case REFERRED -> Kind.REFERRED;
          default -> Kind.STATUS_CHANGED;
        };
    return new CaseNotice(kind, c, null, null, null);
  }

  public static CaseNotice publicReply(CaseFile c, String text) {
    return new CaseNotice(Kind.PUBLIC_REPLY, c, null, null, text);
  }

  public static CaseNotice assigned(CaseFile c, StaffAccount to) {
    return new CaseNotice(Kind.ASSIGNED_TO_YOU, c, null, Objects.requireNonNull(to), null);
  }

  public static CaseNotice residentReplied(CaseFile c, StaffAccount assignee) {
    return new CaseNotice(Kind.RESIDENT_REPLIED, c, null, Objects.requireNonNull(assignee), null);
  }

  public static CaseNotice glassBroken(CaseFile c, StaffAccount head) {
    return new CaseNotice(Kind.BREAK_GLASS, c, null, Objects.requireNonNull(head), null);
  }

  /** A target of the case reached {@code level}: {@code staff} is told. */
  public static CaseNotice targetReached(
      CaseFile c, StaffAccount staff, ServiceTarget target, ServiceTarget.Level level) {
    Kind kind = level == ServiceTarget.Level.WARNING ? Kind.TARGET_WARNING : Kind.TARGET_BREACHED;
    return new CaseNotice(kind, c, null, Objects.requireNonNull(staff), target.name());
  }

  public static CaseNotice referred(CaseFile c, StaffAccount head) {
    return new CaseNotice(Kind.REFERRED_TO_YOUR_UNIT, c, null, Objects.requireNonNull(head), null);
  }
}
