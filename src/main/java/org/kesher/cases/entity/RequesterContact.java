package org.kesher.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import org.kesher.sealing.control.SealedText;

/**
 * The requester as a case stores them: name, phone and email sealed (encrypted), whether mail to
 * them is safe, and whether they asked anonymously. A value: a change replaces it whole.
 */
@Embeddable
public class RequesterContact {

  @Convert(converter = SealedText.class)
  @Column(name = "requester_name")
  private String requesterName;

  @Convert(converter = SealedText.class)
  @Column(name = "requester_phone")
  private String requesterPhone;

  @Convert(converter = SealedText.class)
  @Column(name = "requester_email")
  private String requesterEmail;

  @Column(name = "email_safe")
  private boolean emailSafe;

  private boolean anonymous;

  protected RequesterContact() {}

  private RequesterContact(
      String name, String phone, String email, boolean emailSafe, boolean anonymous) {
    this.requesterName = name;
    this.requesterPhone = phone;
    this.requesterEmail = email;
    this.emailSafe = emailSafe;
    this.anonymous = anonymous;
  }

  /** What {@code requester} told us; mail is safe only when they gave an address to send it to. */
  static RequesterContact of(Requester requester) {
    return new RequesterContact(
        requester.name(),
        requester.phone(),
        requester.email(),
        requester.emailSafe() && requester.email() != null,
        requester.isAnonymous());
  }

  /**
   * The same requester with no name or contact details, as a unit receives a referral without the
   * resident's consent; still anonymous or not as they asked.
   */
  RequesterContact withheld() {
    return new RequesterContact(null, null, null, false, anonymous);
  }

  Requester requester() {
    return new Requester(requesterName, requesterPhone, requesterEmail, emailSafe);
  }

  boolean isAnonymous() {
    return anonymous;
  }
}
