package org.kesher.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kesher.intake.control.ResidentChanges;

/**
 * The tracking page's changes, a transaction each: withdrawing, the resident's contact, and a
 * party's answer to their invitation.
 */
@ApplicationScoped
@Transactional
public class TrackingChanges {

  @Inject ResidentChanges changes;

  public boolean answer(String reference, String code, ResidentChanges.PartyAnswer answer) {
    return changes.answer(reference, code, answer);
  }

  public boolean withdraw(String reference, String code) {
    return changes.withdraw(reference, code);
  }

  public boolean changeContact(
      String reference, String code, String phone, String email, ResidentChanges.MailChoice mail) {
    return changes.changeContact(reference, code, phone, email, mail);
  }
}
