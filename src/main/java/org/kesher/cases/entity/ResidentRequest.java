package org.kesher.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Programme;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;
import org.kesher.sealing.control.SealedText;

/**
 * A resident's request as it came in and was routed: what they asked, who they are, how and in
 * which language, the unit that owns it, the keys they reach it by and its service targets. Fixed
 * when the case is opened; the {@link CaseFile} it is part of (and whose table it is stored in)
 * adds the work on it.
 */
@MappedSuperclass
public abstract class ResidentRequest {

  @Column(nullable = false, unique = true)
  private String reference;

  @Column(name = "tracking_code_hash", nullable = false)
  private String trackingCodeHash;

  /** Matches a resident's emailed answer to this case; never shown on a page. */
  @Column(name = "reply_token", nullable = false, unique = true)
  private String replyToken;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_type_id")
  private RequestType requestType;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "locality_id")
  private Locality locality;

  /** The programme of its unit the request is about, where the resident named one. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "programme_id")
  private Programme programme;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Confidentiality confidentiality;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(nullable = false)
  private String language;

  @Embedded private RequesterContact contact;

  @Column(name = "requester_name_bidx")
  private String requesterNameIndex;

  @Column(name = "requester_phone_bidx")
  private String requesterPhoneIndex;

  @Column(name = "requester_email_bidx")
  private String requesterEmailIndex;

  /** The answers to the type's own fields, as JSON, sealed. */
  @Convert(converter = SealedText.class)
  private String answers;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "first_response_due")
  private Instant firstResponseDue;

  @Column(name = "resolution_due")
  private Instant resolutionDue;

  @Column(name = "first_response_warn")
  private Instant firstResponseWarning;

  @Column(name = "resolution_warn")
  private Instant resolutionWarning;

  /** Where the escalation job looks at the case next; none while no clock runs. */
  @Column(name = "next_escalation_at")
  private Instant nextEscalation;

  /** When the retention job (or a resident's request) erased the request's content. */
  @Column(name = "anonymised_at")
  private Instant anonymisedAt;

  protected ResidentRequest() {}

  /** The request of a case opened now: see the case's constructor. */
  ResidentRequest(NewCase request, String replyToken) {
    this.reference = Objects.requireNonNull(request.reference(), "reference").toString();
    this.trackingCodeHash =
        Objects.requireNonNull(request.trackingCodeHash(), "tracking code hash");
    this.replyToken = Objects.requireNonNull(replyToken, "reply token");
    this.requestType = Objects.requireNonNull(request.requestType(), "request type");
    this.unit = Objects.requireNonNull(request.unit(), "unit");
    this.locality = request.locality();
    this.channel = Objects.requireNonNull(request.channel(), "channel");
    this.language = Objects.requireNonNull(request.language(), "language").code();
    Requester requester = Objects.requireNonNull(request.requester(), "requester");
    if (requester.isAnonymous() && !requestType.allowsAnonymous()) {
      throw new IllegalArgumentException(requestType.code() + " cannot be anonymous");
    }
    this.contact = RequesterContact.of(requester);
    this.answers = request.answers();
    this.confidentiality = requestType.confidentiality();
    this.createdAt = Objects.requireNonNull(request.openedAt(), "opened at");
  }

  /** Sets the service-target dates its clocks give the case now. */
  public void setServiceDates(ServiceDates dates) {
    this.firstResponseWarning = dates.firstResponseWarning();
    this.firstResponseDue = dates.firstResponseDue();
    this.resolutionWarning = dates.resolutionWarning();
    this.resolutionDue = dates.resolutionDue();
    this.nextEscalation = dates.nextEscalation();
  }

  /** The service-target dates as last worked out. */
  public ServiceDates serviceDates() {
    return new ServiceDates(
        firstResponseWarning, firstResponseDue, resolutionWarning, resolutionDue, nextEscalation);
  }

  /** Forgets the requester's name and contact details: a referral made without their consent. */
  void withholdContact() {
    this.contact = contact.withheld();
  }

  /**
   * Erases what the resident told: name, contact details and answers. Type, unit, locality, dates
   * and statuses stay for statistics; the blind indexes follow on the next write.
   */
  void erase(Instant now) {
    this.contact = contact.withheld();
    this.answers = null;
    this.anonymisedAt = Objects.requireNonNull(now, "now");
  }

  /**
   * The resident's own details, corrected (on their tracking page, or by the privacy officer at
   * their request): mail is safe only with an address to send it to; the blind indexes follow on
   * the next write.
   */
  public void correctContact(Requester corrected) {
    Objects.requireNonNull(corrected, "corrected");
    if (anonymisedAt != null) {
      throw new CaseRuleViolation("case.anonymisedAlready", "an anonymised case keeps no contact");
    }
    this.contact = RequesterContact.of(corrected);
  }

  /** When the request's content was erased, if it was. */
  public Optional<Instant> anonymisedAt() {
    return Optional.ofNullable(anonymisedAt);
  }

  /** Called by {@link RequesterIndexing} before every write. */
  void setRequesterIndexes(String nameIndex, String phoneIndex, String emailIndex) {
    this.requesterNameIndex = nameIndex;
    this.requesterPhoneIndex = phoneIndex;
    this.requesterEmailIndex = emailIndex;
  }

  public CaseReference reference() {
    return CaseReference.parse(reference).orElseThrow();
  }

  public String trackingCodeHash() {
    return trackingCodeHash;
  }

  /** The token a resident's answer by mail is matched by; in the Reply-To of the case's mails. */
  public String replyToken() {
    return replyToken;
  }

  public RequestType requestType() {
    return requestType;
  }

  public Unit unit() {
    return unit;
  }

  public Optional<Locality> locality() {
    return Optional.ofNullable(locality);
  }

  public Optional<Programme> programme() {
    return Optional.ofNullable(programme);
  }

  /** Names the programme the request is about, as the resident chose it when opening it. */
  public void concerns(Programme programme) {
    this.programme = programme;
  }

  public Confidentiality confidentiality() {
    return confidentiality;
  }

  public Channel channel() {
    return channel;
  }

  public Language language() {
    return Language.fromCode(language).orElse(Language.DEFAULT);
  }

  public Requester requester() {
    return contact.requester();
  }

  public boolean isAnonymous() {
    return contact.isAnonymous();
  }

  /** The keyed hash of the requester's phone, for exact look-ups without decrypting. */
  public Optional<String> requesterPhoneIndex() {
    return Optional.ofNullable(requesterPhoneIndex);
  }

  public Optional<String> requesterEmailIndex() {
    return Optional.ofNullable(requesterEmailIndex);
  }

  public String answers() {
    return answers;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> resolutionDue() {
    return Optional.ofNullable(resolutionDue);
  }

  public Optional<Instant> firstResponseDue() {
    return Optional.ofNullable(firstResponseDue);
  }
}
