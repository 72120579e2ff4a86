package org.kesher.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
public class CaseFile extends ResidentRequest {

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

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "assignee_id")
  private StaffAccount assignee;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CaseStatus status;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "duplicate_of_id")
  private CaseFile duplicateOf;

  /** The case a referral opened in the receiving unit; the resident's code follows it there. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "referred_to_id")
  private CaseFile referredTo;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  /** Null when none is reached yet: EclipseLink reads an embeddable of null columns as null. */
  @Embedded private Milestones milestones;

  @Version private long version;

  protected CaseFile() {}

  /**
   * Opens a case in status NEW, owned by its unit, with the confidentiality of its type. Cases are
   * opened through {@code org.kesher.cases.control.CaseOpening}, which also sets their targets.
   *
   * @param replyToken the token of the case's reply address ({@link ReplyAddress})
   */
  public CaseFile(NewCase request, String replyToken) {
    super(request, replyToken);
    this.status = CaseStatus.NEW;
    this.updatedAt = request.openedAt();
    this.milestones = Milestones.none();
  }

  /** When anything last happened to the case: its last activity. */
  public Instant updatedAt() {
    return updatedAt;
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
      if (by != null) {
        milestones = milestones().answered(now);
      }
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
    milestones = milestones().moved(before, next, by != null, now);
    touch(now);
    return CaseEvent.of(this, EventKind.STATUS_CHANGED, EventVisibility.PUBLIC, now)
        .by(by == null ? ActorKind.SYSTEM : ActorKind.STAFF, by)
        .status(before, next);
  }

  /** When the case had its first response, if it had one. */
  public Optional<Instant> firstRespondedAt() {
    return Optional.ofNullable(milestones().firstRespondedAt());
  }

  /** Called by {@link Referral#refer}: the resident's request goes on in {@code referred}. */
  void referredTo(CaseFile referred) {
    this.referredTo = referred;
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

  public Optional<CaseFile> duplicateOf() {
    return Optional.ofNullable(duplicateOf);
  }

  /** The case this one was referred to, if it was. */
  public Optional<CaseFile> referredTo() {
    return Optional.ofNullable(referredTo);
  }

  /** Where the resident's request is now: this case, or the end of its referrals. */
  public CaseFile current() {
    return Referral.current(this);
  }

  /** This case and the cases its referrals opened, in order. */
  public List<CaseFile> referralChain() {
    return Referral.chain(this);
  }

  /** A note for staff only; the resident never sees it. */
  public CaseEvent internalNote(String text, StaffAccount by, Instant now) {
    touch(now);
    return CaseEvent.of(this, EventKind.INTERNAL_NOTE, EventVisibility.INTERNAL, now)
        .by(ActorKind.STAFF, Objects.requireNonNull(by, "by"))
        .body(CaseText.required(text));
  }

  /** An answer shown on the tracking page of {@code to}; the first counts as the first response. */
  public CaseEvent publicReply(String text, StaffAccount by, Instant now, Addressee to) {
    if (to.party() != null && to.party().caseFile() != this) {
      throw new CaseRuleViolation("party.notOfCase", "the party is not one of this case");
    }
    if (status == CaseStatus.CLOSED) {
      throw new CaseRuleViolation("case.closed", "a closed case takes no replies");
    }
    milestones = milestones().answered(now);
    touch(now);
    return CaseEvent.of(this, EventKind.PUBLIC_REPLY, EventVisibility.PUBLIC, now)
        .to(to)
        .by(ActorKind.STAFF, Objects.requireNonNull(by, "by"))
        .body(CaseText.required(text));
  }

  /**
   * Erases the resident's name, contact details and answers of a case that ended (retention, or the
   * resident's request through the privacy officer); the caller erases its events' texts, its files
   * and its word index in the same transaction ({@code CaseErasure}).
   *
   * @throws CaseRuleViolation while the case is open
   */
  public void anonymise(Instant now) {
    if (status.isOpen()) {
      throw new CaseRuleViolation("case.stillOpen", "an open case is not anonymised");
    }
    erase(now);
  }

  /** The version the case had when it was read: a change based on an older one is refused. */
  public long version() {
    return version;
  }

  /**
   * The resident answers on their tracking page; a case waiting for them, or resolved within the
   * last {@link ResidentReply#REOPEN_WINDOW}, goes back to work.
   *
   * @throws CaseRuleViolation when the case is no longer open
   * @return the timeline events to persist: the reply, and the status change it caused if any
   */
  public List<CaseEvent> residentReplied(String text, Instant now) {
    boolean backToWork = ResidentReply.bringsBack(status, milestones(), now);
    var reply =
        CaseEvent.of(this, EventKind.RESIDENT_REPLY, EventVisibility.PUBLIC, now)
            .by(ActorKind.RESIDENT, null)
            .body(text);
    touch(now);
    if (!backToWork) {
      return List.of(reply);
    }
    CaseStatus before = status;
    status = CaseStatus.IN_PROGRESS;
    milestones = milestones().reopened();
    return List.of(
        reply,
        CaseEvent.of(this, EventKind.STATUS_CHANGED, EventVisibility.PUBLIC, now)
            .by(ActorKind.RESIDENT, null)
            .status(before, CaseStatus.IN_PROGRESS));
  }

  private Milestones milestones() {
    return milestones == null ? Milestones.none() : milestones;
  }

  private void touch(Instant now) {
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public Optional<StaffAccount> assignee() {
    return Optional.ofNullable(assignee);
  }

  public CaseStatus status() {
    return status;
  }
}
