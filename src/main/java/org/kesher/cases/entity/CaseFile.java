package org.kesher.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
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
import org.kesher.access.entity.StaffAccount;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;
import org.kesher.sealing.control.SealedText;

/**
 * A resident's request and everything done about it. The requester's identity and the answers to
 * the type's fields are sealed (encrypted) in every case; the blind indexes beside them are set by
 * {@link RequesterIndexing} on every write.
 */
@Entity
@Table(name = "case_file")
@EntityListeners(RequesterIndexing.class)
@NamedQuery(name = CaseFile.COUNT, query = "SELECT COUNT(c) FROM CaseFile c")
@NamedQuery(
    name = CaseFile.BY_REFERENCE,
    query = "SELECT c FROM CaseFile c WHERE c.reference = :reference")
@NamedQuery(
    name = CaseFile.BY_REPLY_TOKEN,
    query = "SELECT c FROM CaseFile c WHERE c.replyToken = :token")
@NamedQuery(
    name = CaseFile.REFERRED_FROM,
    query = "SELECT c FROM CaseFile c WHERE c.referredTo = :caseFile")
public class CaseFile {

  /** The case that was referred to {@code :caseFile}, if any. */
  public static final String REFERRED_FROM = "CaseFile.referredFrom";

  /** The case whose mails carry {@code :token} in their reply address. */
  public static final String BY_REPLY_TOKEN = "CaseFile.byReplyToken";

  public static final String COUNT = "CaseFile.count";
  public static final String BY_REFERENCE = "CaseFile.byReference";

  @Id
  @TableGenerator(
      name = "case_file_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "case_file",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_file_ids")
  private Long id;

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

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private StaffAccount assignee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Confidentiality confidentiality;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Channel channel;

  @Column(nullable = false)
  private String language;

  @Column(name = "email_safe")
  private boolean emailSafe;

  private boolean anonymous;

  @Convert(converter = SealedText.class)
  @Column(name = "requester_name")
  private String requesterName;

  @Convert(converter = SealedText.class)
  @Column(name = "requester_phone")
  private String requesterPhone;

  @Convert(converter = SealedText.class)
  @Column(name = "requester_email")
  private String requesterEmail;

  @Column(name = "requester_name_bidx")
  private String requesterNameIndex;

  @Column(name = "requester_phone_bidx")
  private String requesterPhoneIndex;

  @Column(name = "requester_email_bidx")
  private String requesterEmailIndex;

  /** The answers to the type's own fields, as JSON, sealed. */
  @Convert(converter = SealedText.class)
  private String answers;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "duplicate_of_id")
  private CaseFile duplicateOf;

  /** The case a referral opened in the receiving unit; the resident's code follows it there. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "referred_to_id")
  private CaseFile referredTo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "first_response_due")
  private Instant firstResponseDue;

  @Column(name = "first_responded_at")
  private Instant firstRespondedAt;

  @Column(name = "resolution_due")
  private Instant resolutionDue;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected CaseFile() {}

  /**
   * Opens a case in status NEW, owned by {@code unit}, with the confidentiality of its type.
   *
   * @param trackingCodeHash the stored form of the tracking code ({@link TrackingCode#hash})
   */
  public CaseFile(
      CaseReference reference,
      String trackingCodeHash,
      String replyToken,
      RequestType requestType,
      Unit unit,
      Locality locality,
      Channel channel,
      Language language,
      Requester requester,
      String answers,
      Instant now) {
    this.reference = Objects.requireNonNull(reference, "reference").toString();
    this.trackingCodeHash = Objects.requireNonNull(trackingCodeHash, "tracking code hash");
    this.replyToken = Objects.requireNonNull(replyToken, "reply token");
    this.requestType = Objects.requireNonNull(requestType, "request type");
    this.unit = Objects.requireNonNull(unit, "unit");
    this.locality = locality;
    this.channel = Objects.requireNonNull(channel, "channel");
    this.language = Objects.requireNonNull(language, "language").code();
    Objects.requireNonNull(requester, "requester");
    if (requester.isAnonymous() && !requestType.allowsAnonymous()) {
      throw new IllegalArgumentException(requestType.code() + " cannot be anonymous");
    }
    this.anonymous = requester.isAnonymous();
    this.requesterName = requester.name();
    this.requesterPhone = requester.phone();
    this.requesterEmail = requester.email();
    this.emailSafe = requester.emailSafe() && requester.email() != null;
    this.answers = answers;
    this.confidentiality = requestType.confidentiality();
    this.status = CaseStatus.NEW;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.updatedAt = now;
  }

  /** The first event of the timeline. */
  public CaseEvent created() {
    return CaseEvent.of(this, EventKind.CREATED, EventVisibility.PUBLIC, createdAt)
        .by(ActorKind.RESIDENT, null)
        .status(null, status);
  }

  /**
   * The timeline event of the routing decision: which unit owns the new case, and why (the rule
   * that matched, or the fallback to the intake desk).
   */
  public CaseEvent routed(String reason) {
    return CaseEvent.of(this, EventKind.ROUTED, EventVisibility.INTERNAL, createdAt)
        .toUnit(unit.id())
        .body(reason);
  }

  /** Sets the SLA dates computed for this case. */
  public void setDueDates(Instant firstResponseDue, Instant resolutionDue) {
    this.firstResponseDue = firstResponseDue;
    this.resolutionDue = resolutionDue;
  }

  /**
   * Hands the case to a caseworker; a NEW case becomes ASSIGNED.
   *
   * @return the timeline event to persist
   */
  public CaseEvent assignTo(StaffAccount worker, StaffAccount by, Instant now) {
    Objects.requireNonNull(worker, "worker");
    if (!status.isOpen()) {
      throw new CaseRuleViolation("case.closed", "a " + status + " case cannot be assigned");
    }
    CaseStatus before = status;
    this.assignee = worker;
    if (status == CaseStatus.NEW) {
      status = CaseStatus.ASSIGNED;
    }
    touch(now);
    return CaseEvent.of(this, EventKind.ASSIGNED, EventVisibility.INTERNAL, now)
        .by(by == null ? ActorKind.SYSTEM : ActorKind.STAFF, by)
        .status(before, status);
  }

  /**
   * Moves the case along the status model.
   *
   * @throws CaseRuleViolation when the model does not allow the move
   * @return the timeline event to persist
   */
  public CaseEvent moveTo(CaseStatus next, StaffAccount by, Instant now) {
    if (!status.canMoveTo(next)) {
      throw new CaseRuleViolation(
          "case.transition", "a case cannot go from " + status + " to " + next);
    }
    CaseStatus before = status;
    status = next;
    if (next == CaseStatus.RESOLVED) {
      resolvedAt = now;
    } else if (next == CaseStatus.CLOSED) {
      closedAt = now;
    } else if (before == CaseStatus.RESOLVED) {
      resolvedAt = null;
    }
    if (firstRespondedAt == null && by != null) {
      firstRespondedAt = now;
    }
    touch(now);
    return CaseEvent.of(this, EventKind.STATUS_CHANGED, EventVisibility.PUBLIC, now)
        .by(by == null ? ActorKind.SYSTEM : ActorKind.STAFF, by)
        .status(before, next);
  }

  /**
   * Refers the case to another unit: it ends here as REFERRED (the resident sees that), and the
   * returned case opens in the receiving unit with the referral's summary only, not this file.
   * Without the resident's consent the receiving unit gets no name or contact details.
   *
   * @return the new case; the caller persists it and the events {@link #referralEvents} makes
   */
  public CaseFile referTo(
      Unit target,
      CaseReference newReference,
      String trackingCodeHash,
      String replyToken,
      boolean contactShared,
      Instant now) {
    if (!status.canMoveTo(CaseStatus.REFERRED)) {
      throw new CaseRuleViolation("case.transition", "a " + status + " case cannot be referred");
    }
    if (target.id() != null && target.id().equals(unit.id())) {
      throw new CaseRuleViolation("case.referSameUnit", "a case is referred to another unit");
    }
    var referred =
        new CaseFile(
            newReference,
            trackingCodeHash,
            replyToken,
            requestType,
            target,
            locality,
            Channel.REFERRAL,
            language(),
            requester(),
            "{}",
            now);
    this.referredTo = referred;
    if (!contactShared) {
      referred.requesterName = null;
      referred.requesterPhone = null;
      referred.requesterEmail = null;
      referred.emailSafe = false;
    }
    return referred;
  }

  /** The note on a referral's event when the receiving unit got no name or contact details. */
  public static final String CONTACT_NOT_SHARED = "(contact not shared)";

  /**
   * The timeline of a referral: on this case the move to REFERRED and an internal event naming the
   * new case; on the new one its creation and the summary.
   */
  public java.util.List<CaseEvent> referralEvents(
      CaseFile referred, String summary, boolean contactShared, StaffAccount by, Instant now) {
    CaseEvent moved = moveTo(CaseStatus.REFERRED, by, now);
    CaseEvent here =
        CaseEvent.of(this, EventKind.REFERRED, EventVisibility.INTERNAL, now)
            .by(ActorKind.STAFF, by)
            .toUnit(referred.unit.id())
            .naming(referred)
            .body(contactShared ? null : CONTACT_NOT_SHARED);
    CaseEvent there =
        CaseEvent.of(referred, EventKind.REFERRED, EventVisibility.INTERNAL, now)
            .by(ActorKind.STAFF, by)
            .toUnit(referred.unit.id())
            .body(requireText(summary));
    return java.util.List.of(moved, here, referred.created(), there);
  }

  /**
   * Joins the case to an earlier one about the same thing: it ends as DUPLICATE, pointing there.
   *
   * @return the status change to persist
   */
  public CaseEvent markDuplicateOf(CaseFile original, StaffAccount by, Instant now) {
    if (original == this || original.id != null && original.id.equals(id)) {
      throw new CaseRuleViolation("case.duplicateOfItself", "a case is no duplicate of itself");
    }
    CaseEvent moved = moveTo(CaseStatus.DUPLICATE, by, now);
    duplicateOf = original;
    return moved.naming(original);
  }

  /**
   * A caseworker linked this case with another as related; staff only. The other case is not named
   * here: whoever reads this timeline may not see it, and the linked list shows it to those who
   * may.
   */
  public CaseEvent linkedWith(CaseFile other, StaffAccount by, Instant now) {
    Objects.requireNonNull(other, "other");
    touch(now);
    return CaseEvent.of(this, EventKind.LINKED, EventVisibility.INTERNAL, now)
        .by(ActorKind.STAFF, Objects.requireNonNull(by, "by"));
  }

  /** The token a resident's answer by mail is matched by; in the Reply-To of the case's mails. */
  public String replyToken() {
    return replyToken;
  }

  public Optional<CaseFile> duplicateOf() {
    return Optional.ofNullable(duplicateOf);
  }

  /** The case this one was referred to, if it was. */
  public Optional<CaseFile> referredTo() {
    return Optional.ofNullable(referredTo);
  }

  /**
   * Where the resident's request is now: this case, or the end of its referrals (a case referred on
   * again is followed again, at most {@code 20} steps).
   */
  public CaseFile current() {
    List<CaseFile> chain = referralChain();
    return chain.get(chain.size() - 1);
  }

  /** This case and the cases its referrals opened, in order. */
  public List<CaseFile> referralChain() {
    List<CaseFile> chain = new java.util.ArrayList<>(List.of(this));
    CaseFile at = this;
    for (int step = 0; step < 20 && at.referredTo != null; step++) {
      at = at.referredTo;
      chain.add(at);
    }
    return chain;
  }

  /** A staff member opened the case: recorded for sealed cases, whose every read is logged. */
  public CaseEvent viewed(StaffAccount by, Instant now) {
    return CaseEvent.of(this, EventKind.VIEWED, EventVisibility.INTERNAL, now)
        .by(ActorKind.STAFF, Objects.requireNonNull(by, "by"));
  }

  /** A note for staff only; the resident never sees it. */
  public CaseEvent internalNote(String text, StaffAccount by, Instant now) {
    touch(now);
    return CaseEvent.of(this, EventKind.INTERNAL_NOTE, EventVisibility.INTERNAL, now)
        .by(ActorKind.STAFF, Objects.requireNonNull(by, "by"))
        .body(requireText(text));
  }

  /**
   * An answer to the resident, shown on their tracking page; the first one counts as the first
   * response.
   */
  public CaseEvent publicReply(String text, StaffAccount by, Instant now) {
    if (status == CaseStatus.CLOSED) {
      throw new CaseRuleViolation("case.closed", "a closed case takes no replies");
    }
    if (firstRespondedAt == null) {
      firstRespondedAt = now;
    }
    touch(now);
    return CaseEvent.of(this, EventKind.PUBLIC_REPLY, EventVisibility.PUBLIC, now)
        .by(ActorKind.STAFF, Objects.requireNonNull(by, "by"))
        .body(requireText(text));
  }

  /** The longest note, reply or referral summary, in characters. */
  public static final int TEXT_MAX = Israel.LONG_TEXT;

  private static String requireText(String text) {
    if (text == null || text.isBlank()) {
      throw new CaseRuleViolation("case.emptyText", "a note or reply needs some text");
    }
    if (text.strip().length() > TEXT_MAX) {
      throw new CaseRuleViolation(
          "case.textTooLong", "a note or reply is at most " + TEXT_MAX + " characters");
    }
    return text.strip();
  }

  /** The keyed hash of the requester's phone, for exact look-ups without decrypting. */
  public Optional<String> requesterPhoneIndex() {
    return Optional.ofNullable(requesterPhoneIndex);
  }

  public Optional<String> requesterEmailIndex() {
    return Optional.ofNullable(requesterEmailIndex);
  }

  /** The version the case had when it was read: a change based on an older one is refused. */
  public long version() {
    return version;
  }

  /** How long after a case is resolved a resident's reply still reopens it. */
  public static final java.time.Duration REOPEN_WINDOW = java.time.Duration.ofDays(14);

  /**
   * The resident answers on their tracking page; a case waiting for them, or resolved within the
   * last {@link #REOPEN_WINDOW}, goes back to work.
   *
   * @throws CaseRuleViolation when the case is no longer open
   * @return the timeline events to persist: the reply, and the status change it caused if any
   */
  public java.util.List<CaseEvent> residentReplied(String text, Instant now) {
    boolean reopens =
        status == CaseStatus.RESOLVED
            && (resolvedAt == null || !now.isAfter(resolvedAt.plus(REOPEN_WINDOW)));
    if (!status.isOpen() && !reopens) {
      throw new CaseRuleViolation("case.closed", "a " + status + " case takes no replies");
    }
    var reply =
        CaseEvent.of(this, EventKind.RESIDENT_REPLY, EventVisibility.PUBLIC, now)
            .by(ActorKind.RESIDENT, null)
            .body(text);
    touch(now);
    if (status != CaseStatus.WAITING_FOR_RESIDENT && !reopens) {
      return java.util.List.of(reply);
    }
    CaseStatus before = status;
    status = CaseStatus.IN_PROGRESS;
    resolvedAt = null;
    return java.util.List.of(
        reply,
        CaseEvent.of(this, EventKind.STATUS_CHANGED, EventVisibility.PUBLIC, now)
            .by(ActorKind.RESIDENT, null)
            .status(before, CaseStatus.IN_PROGRESS));
  }

  private void touch(Instant now) {
    this.updatedAt = now;
  }

  /** Called by {@link RequesterIndexing} before every write. */
  void setRequesterIndexes(String nameIndex, String phoneIndex, String emailIndex) {
    this.requesterNameIndex = nameIndex;
    this.requesterPhoneIndex = phoneIndex;
    this.requesterEmailIndex = emailIndex;
  }

  public Long id() {
    return id;
  }

  public CaseReference reference() {
    return CaseReference.parse(reference).orElseThrow();
  }

  public String trackingCodeHash() {
    return trackingCodeHash;
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

  public Optional<StaffAccount> assignee() {
    return Optional.ofNullable(assignee);
  }

  public Confidentiality confidentiality() {
    return confidentiality;
  }

  public CaseStatus status() {
    return status;
  }

  public Channel channel() {
    return channel;
  }

  public Language language() {
    return Language.fromCode(language).orElse(Language.DEFAULT);
  }

  public Requester requester() {
    return new Requester(requesterName, requesterPhone, requesterEmail, emailSafe);
  }

  public boolean isAnonymous() {
    return anonymous;
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
