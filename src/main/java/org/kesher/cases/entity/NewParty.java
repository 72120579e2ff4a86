package org.kesher.cases.entity;

import java.util.Objects;
import org.kesher.ground.control.Language;

/**
 * A party as the mediator enters them: their own name and contact, the language they read, whether
 * mail to them is safe, how they are invited and what the mediator writes to them (the only text of
 * the case they see).
 */
public record NewParty(
    PartyRole role,
    String name,
    String phone,
    String email,
    boolean emailSafe,
    Language language,
    PartyInvitation invitedBy,
    String invitation) {

  public NewParty {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(invitedBy, "invitedBy");
  }

  /** The address to mail, when there is one and mail to it is safe. */
  public boolean mailable() {
    return emailSafe && email != null && !email.isBlank();
  }
}
