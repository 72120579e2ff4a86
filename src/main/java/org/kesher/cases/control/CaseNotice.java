package org.kesher.cases.control;

import java.util.Objects;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
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
 *     Kind#TARGET_WARNING} and {@link Kind#TARGET_BREACHED}; the invitation's words with {@link
 *     Kind#PARTY_INVITED}
 * @param party the party told instead of the requester, for the kinds addressed to residents
 */
public record CaseNotice(
    Kind kind,
    CaseFile caseFile,
    String trackingCode,
    StaffAccount staff,
    String text,
    CaseParty party) {

  /** What happened, and who is told. */
  public enum Kind {
    /** To the resident: the request arrived; how to track it. */
    RECEIVED,
    /**
     * To the resident: their request went to another unit, and their reference and tracking code
     * follow it there.
     */
    REFERRED,
    /**
     * To the resident: once a year, the emergency team asks them to confirm their household's entry
     * in the special-needs register (the task's tracking code, to answer on the page).
     */
    REGISTER_CONFIRMATION,
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
    TARGET_BREACHED,
    /** To a party of the case: they are invited, with their tracking code. */
    PARTY_INVITED,
    /** To the requester or a party: a mediation session was set (the text says when, where). */
    SESSION_SCHEDULED,
    /** To the requester or a party: a session moved. */
    SESSION_RESCHEDULED,
    /** To the requester or a party: a session was called off. */
    SESSION_CANCELLED
  }

  public CaseNotice {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(caseFile, "caseFile");
  }

  public static CaseNotice received(CaseFile c, String trackingCode) {
    return new CaseNotice(Kind.RECEIVED, c, trackingCode, null, null, null);
  }

  /** The yearly confirmation of an emergency-register entry, as a task with its tracking code. */
  public static CaseNotice registerConfirmation(CaseFile task, String trackingCode) {
    return new CaseNotice(Kind.REGISTER_CONFIRMATION, task, trackingCode, null, null, null);
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
    return new CaseNotice(kind, c, null, null, null, null);
  }

  public static CaseNotice publicReply(CaseFile c, String text) {
    return new CaseNotice(Kind.PUBLIC_REPLY, c, null, null, text, null);
  }

  /** A reply told to one party of the case rather than to its requester. */
  public static CaseNotice publicReply(CaseFile c, String text, CaseParty party) {
    return new CaseNotice(Kind.PUBLIC_REPLY, c, null, null, text, Objects.requireNonNull(party));
  }

  /**
   * A session's news for the requester ({@code party} null) or one party; {@code session} says
   * when, where and who mediates.
   */
  public static CaseNotice session(Kind kind, CaseFile c, CaseParty party, String session) {
    if (!kind.name().startsWith("SESSION_")) {
      throw new IllegalArgumentException(kind + " is no session's news");
    }
    return new CaseNotice(kind, c, null, null, session, party);
  }

  /** A party invited by mail: the one time their code is known in plain text. */
  public static CaseNotice partyInvited(CaseFile c, CaseParty party, String trackingCode) {
    return new CaseNotice(
        Kind.PARTY_INVITED,
        c,
        trackingCode,
        null,
        party.invitation().orElse(null),
        Objects.requireNonNull(party));
  }

  public static CaseNotice assigned(CaseFile c, StaffAccount to) {
    return new CaseNotice(Kind.ASSIGNED_TO_YOU, c, null, Objects.requireNonNull(to), null, null);
  }

  public static CaseNotice residentReplied(CaseFile c, StaffAccount assignee) {
    return new CaseNotice(
        Kind.RESIDENT_REPLIED, c, null, Objects.requireNonNull(assignee), null, null);
  }

  public static CaseNotice glassBroken(CaseFile c, StaffAccount head) {
    return new CaseNotice(Kind.BREAK_GLASS, c, null, Objects.requireNonNull(head), null, null);
  }

  /** A target of the case reached {@code level}: {@code staff} is told. */
  public static CaseNotice targetReached(
      CaseFile c, StaffAccount staff, ServiceTarget target, ServiceTarget.Level level) {
    Kind kind = level == ServiceTarget.Level.WARNING ? Kind.TARGET_WARNING : Kind.TARGET_BREACHED;
    return new CaseNotice(kind, c, null, Objects.requireNonNull(staff), target.name(), null);
  }

  public static CaseNotice referred(CaseFile c, StaffAccount head) {
    return new CaseNotice(
        Kind.REFERRED_TO_YOUR_UNIT, c, null, Objects.requireNonNull(head), null, null);
  }
}
