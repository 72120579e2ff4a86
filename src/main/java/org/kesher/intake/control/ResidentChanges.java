package org.kesher.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.kesher.cases.control.CaseEvents;
import org.kesher.cases.control.CaseNotice;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.Requester;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.EmailAddress;
import org.kesher.intake.control.InvalidRequest.FieldProblem;

/**
 * What a resident changes from their tracking page, with the reference and the code: withdraw the
 * request while it is open, and change their phone, email and whether mail to them is safe. A
 * change reaches the case where the request is now and every case of its referrals that holds their
 * contact (a unit that received it without their consent still does not).
 */
@ApplicationScoped
public class ResidentChanges {

  @Inject TrackingKeys keys;

  @Inject CaseEvents events;

  @Inject Event<Accessed> accessed;

  @Inject Event<CaseNotice> notices;

  Clock clock = Clock.systemUTC();

  /** The resident's choice about mail: unchanged, or yes or no. */
  public enum MailChoice {
    KEEP,
    SAFE,
    NOT_SAFE
  }

  /** A party's answer to their invitation to mediation. */
  public enum PartyAnswer {
    ACCEPT,
    DECLINE,
    WITHDRAW
  }

  /**
   * A party of a case answers their invitation from their tracking page, with their own code; the
   * case's caseworker hears of it in the staff pages.
   *
   * @return false when the code opens no party's view (a wrong code, or the requester's own)
   * @throws CaseRuleViolation when the answer does not follow from where the party stands
   */
  public boolean answer(String reference, String code, PartyAnswer answer) {
    var opened = keys.opened(reference, code).filter(o -> o.party() != null);
    if (opened.isEmpty()) {
      return false;
    }
    CaseParty party = opened.get().party();
    java.time.Instant now = clock.instant();
    events.record(
        switch (answer) {
          case ACCEPT -> party.accept(now);
          case DECLINE -> party.decline(now);
          case WITHDRAW -> party.withdraw(now);
        });
    party
        .caseFile()
        .assignee()
        .ifPresent(a -> notices.fire(CaseNotice.residentReplied(party.caseFile(), a)));
    return true;
  }

  /**
   * Withdraws the request where it is now.
   *
   * @return false for a wrong code or unknown reference
   * @throws CaseRuleViolation when the request is no longer open
   */
  public boolean withdraw(String reference, String code) {
    var found = keys.verified(reference, code);
    if (found.isEmpty()) {
      return false;
    }
    CaseFile current = found.get().current();
    if (!current.status().isOpen()) {
      throw new CaseRuleViolation("case.closed", "only an open request is withdrawn");
    }
    events.record(current.moveTo(CaseStatus.WITHDRAWN, null, clock.instant()));
    return true;
  }

  /**
   * Changes the resident's phone and email (blank keeps each) and their choice about mail.
   *
   * @return false for a wrong code or unknown reference
   * @throws InvalidRequest for a phone or email that cannot be one; nothing is changed then
   */
  public boolean changeContact(
      String reference, String code, String phone, String email, MailChoice mail) {
    List<FieldProblem> problems = new ArrayList<>();
    String newPhone = blank(phone) ? null : phone.strip();
    String newEmail = blank(email) ? null : email.strip();
    if (newPhone != null && !IntakeRules.PHONE.matcher(newPhone).matches()) {
      problems.add(new FieldProblem("phone", "invalid-phone"));
    }
    if (newEmail != null && !EmailAddress.isPlausible(newEmail)) {
      problems.add(new FieldProblem("email", "invalid-email"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    var found = keys.verified(reference, code);
    if (found.isEmpty()) {
      return false;
    }
    for (CaseFile c : found.get().referralChain()) {
      Requester was = c.requester();
      if (was.isAnonymous() || c.anonymisedAt().isPresent()) {
        continue;
      }
      boolean safe =
          switch (mail) {
            case KEEP -> was.emailSafe();
            case SAFE -> true;
            case NOT_SAFE -> false;
          };
      c.correctContact(
          new Requester(
              was.name(),
              newPhone == null ? was.phone() : newPhone,
              newEmail == null ? was.email() : newEmail,
              safe));
      accessed.fire(
          Accessed.ofCase(
              Accessed.Action.CASE_CHANGED,
              c.reference().toString(),
              Accessed.Extent.NONE,
              null,
              null,
              "contact changed by the resident"));
    }
    return true;
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
