package org.kesher.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.ground.control.Language;
import org.kesher.sealing.control.SealedText;

/**
 * A party of a case beside its requester: the other side of a dispute, or a building's house
 * committee. Their name, contact and the mediator's words to them are sealed like the requester's;
 * their tracking code opens their own view of the case and nothing else. A sealed case has no
 * parties. Consent moves by verbs, each a timeline event addressed to this party alone.
 */
@Entity
@Table(name = "case_party")
@NamedQuery(
    name = CaseParty.OF_CASE,
    query = "SELECT p FROM CaseParty p WHERE p.caseFile = :caseFile ORDER BY p.id")
public class CaseParty {

  public static final String OF_CASE = "CaseParty.ofCase";

  /** The longest invitation a mediator may write. */
  public static final int INVITATION_MAX = 2000;

  @Id
  @TableGenerator(
      name = "case_party_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "case_party",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_party_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  @Enumerated(EnumType.STRING)
  @Column(name = "party_role", nullable = false)
  private PartyRole role;

  @Convert(converter = SealedText.class)
  @Column(name = "party_name")
  private String name;

  @Convert(converter = SealedText.class)
  @Column(name = "party_phone")
  private String phone;

  @Convert(converter = SealedText.class)
  @Column(name = "party_email")
  private String email;

  @Column(name = "email_safe", nullable = false)
  private boolean emailSafe;

  @Column(nullable = false)
  private String language;

  @Column(name = "tracking_code_hash", nullable = false)
  private String trackingCodeHash;

  @Enumerated(EnumType.STRING)
  @Column(name = "invited_by", nullable = false)
  private PartyInvitation invitedBy;

  @Convert(converter = SealedText.class)
  private String invitation;

  @Column(name = "invited_at", nullable = false)
  private Instant invitedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Consent consent;

  @Column(name = "consent_at")
  private Instant consentAt;

  @Version private long version;

  protected CaseParty() {}

  /**
   * Invites a party to {@code caseFile}.
   *
   * @param codeHash the hash of the party's tracking code ({@link TrackingCode#hash})
   * @throws CaseRuleViolation for a sealed or closed case, a party without a name, an invitation by
   *     mail without an address that is safe to mail, or an invitation text too long
   */
  public CaseParty(CaseFile caseFile, NewParty party, String codeHash, Instant now) {
    if (caseFile.confidentiality() == Confidentiality.SEALED) {
      throw new CaseRuleViolation("party.sealed", "a sealed case has no parties");
    }
    if (caseFile.status() == CaseStatus.CLOSED) {
      throw new CaseRuleViolation("case.closed", "a closed case takes no parties");
    }
    if (party.name() == null || party.name().isBlank()) {
      throw new CaseRuleViolation("party.nameMissing", "a party has a name");
    }
    if (party.email() != null
        && !party.email().isBlank()
        && !party.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new CaseRuleViolation("party.emailInvalid", "that is not an email address");
    }
    if (party.invitedBy() == PartyInvitation.MAIL && !party.mailable()) {
      throw new CaseRuleViolation("party.noMail", "a mailed invitation needs a safe address");
    }
    String words = party.invitation() == null ? "" : party.invitation().strip();
    if (words.length() > INVITATION_MAX) {
      throw new CaseRuleViolation("party.invitationTooLong", "the invitation is too long");
    }
    this.caseFile = caseFile;
    this.role = party.role();
    this.name = party.name().strip();
    this.phone = blankToNull(party.phone());
    this.email = blankToNull(party.email());
    this.emailSafe = party.mailable();
    this.language = party.language().code();
    this.trackingCodeHash = Objects.requireNonNull(codeHash, "codeHash");
    this.invitedBy = party.invitedBy();
    this.invitation = words.isEmpty() ? null : words;
    this.invitedAt = now;
    this.consent = Consent.INVITED;
  }

  /** The timeline's record of the invitation, addressed to this party. */
  public CaseEvent invited(org.kesher.access.entity.StaffAccount by) {
    return event(EventKind.PARTY_INVITED, invitedAt).by(ActorKind.STAFF, by);
  }

  /** The party takes part in mediation; one who declined or withdrew may come back. */
  public CaseEvent accept(Instant now) {
    if (consent == Consent.ACCEPTED) {
      throw new CaseRuleViolation("party.alreadyAccepted", "the party accepted already");
    }
    return answered(Consent.ACCEPTED, EventKind.PARTY_ACCEPTED, now);
  }

  /** The party says no to the invitation. */
  public CaseEvent decline(Instant now) {
    if (consent != Consent.INVITED) {
      throw new CaseRuleViolation("party.notInvited", "only an open invitation is declined");
    }
    return answered(Consent.DECLINED, EventKind.PARTY_DECLINED, now);
  }

  /** The party leaves the mediation they accepted. */
  public CaseEvent withdraw(Instant now) {
    if (consent != Consent.ACCEPTED) {
      throw new CaseRuleViolation("party.notAccepted", "only an accepted mediation is left");
    }
    return answered(Consent.WITHDRAWN, EventKind.PARTY_WITHDREW, now);
  }

  /**
   * The party writes on the case: their reply, addressed to them alone (staff read it; no other
   * party does), and the status change it may bring.
   *
   * @throws CaseRuleViolation unless the party accepted mediation, or when the case takes no
   *     replies
   */
  public List<CaseEvent> replied(String text, Instant now) {
    if (consent != Consent.ACCEPTED) {
      throw new CaseRuleViolation("party.notAccepted", "a party replies once they accepted");
    }
    List<CaseEvent> events = caseFile.residentReplied(text, now);
    events.get(0).to(new Addressee(Audience.PARTY, this));
    return events;
  }

  /** A new code replaces the old one, which stops working (a letter printed again). */
  public void newCode(String codeHash) {
    this.trackingCodeHash = Objects.requireNonNull(codeHash, "codeHash");
  }

  /** Whether {@code code} is this party's tracking code. */
  public boolean opensWith(String code) {
    return TrackingCode.matches(code, trackingCodeHash);
  }

  /** Erases the party's name, contact and the words written to them, with their case's. */
  public void erase() {
    this.name = null;
    this.phone = null;
    this.email = null;
    this.emailSafe = false;
    this.invitation = null;
  }

  private CaseEvent answered(Consent answer, EventKind kind, Instant now) {
    this.consent = answer;
    this.consentAt = now;
    return event(kind, now).by(ActorKind.RESIDENT, null);
  }

  private CaseEvent event(EventKind kind, Instant at) {
    return CaseEvent.of(caseFile, kind, EventVisibility.PUBLIC, at)
        .to(new Addressee(Audience.PARTY, this));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long id() {
    return id;
  }

  public CaseFile caseFile() {
    return caseFile;
  }

  public PartyRole role() {
    return role;
  }

  public String name() {
    return name;
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  /** The address to mail, when mail to it is safe. */
  public Optional<String> mailTo() {
    return emailSafe ? Optional.ofNullable(email) : Optional.empty();
  }

  public Language language() {
    return Language.fromCode(language).orElse(Language.DEFAULT);
  }

  public PartyInvitation invitedBy() {
    return invitedBy;
  }

  /** What the mediator wrote to this party, if anything. */
  public Optional<String> invitation() {
    return Optional.ofNullable(invitation);
  }

  public Instant invitedAt() {
    return invitedAt;
  }

  public Consent consent() {
    return consent;
  }

  public Optional<Instant> consentAt() {
    return Optional.ofNullable(consentAt);
  }

  public long version() {
    return version;
  }
}
