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
import java.time.Instant;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.sealing.control.SealedText;

/** One fact on a case's timeline. Written once, never changed, so it carries no version. */
@Entity
@Table(name = "case_event")
@NamedQuery(
    name = CaseEvent.TIMELINE,
    query = "SELECT e FROM CaseEvent e WHERE e.caseFile = :caseFile ORDER BY e.occurredAt, e.id")
public class CaseEvent {

  public static final String TIMELINE = "CaseEvent.timeline";

  @Id
  @TableGenerator(
      name = "case_event_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "case_event",
      // every intake writes some: a block reserved (a transaction of its own) once in 500
      allocationSize = 500)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_event_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventKind kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EventVisibility visibility;

  @Enumerated(EnumType.STRING)
  @Column(name = "actor_kind", nullable = false)
  private ActorKind actorKind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "actor_id")
  private StaffAccount actor;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private CaseStatus fromStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status")
  private CaseStatus toStatus;

  @Column(name = "from_unit_id")
  private Long fromUnitId;

  @Column(name = "to_unit_id")
  private Long toUnitId;

  /**
   * Another case this event names (the original of a duplicate, the case a referral opened): shown
   * by reference only to a viewer who may see that case.
   */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "other_case_id")
  private CaseFile otherCase;

  /** To whom a public event is addressed; internal events are staff's whatever it says. */
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Audience audience;

  /** The party a {@link Audience#PARTY} event is addressed to. */
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "party_id")
  private CaseParty party;

  /** A note, reply or summary; sealed like all case content. */
  @Convert(converter = SealedText.class)
  private String body;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected CaseEvent() {}

  static CaseEvent of(
      CaseFile caseFile, EventKind kind, EventVisibility visibility, Instant occurredAt) {
    var event = new CaseEvent();
    event.caseFile = caseFile;
    event.kind = kind;
    event.visibility = visibility;
    event.actorKind = ActorKind.SYSTEM;
    event.occurredAt = occurredAt;
    // a status is the case's, for everyone on it; anything else is the requester's unless addressed
    event.audience = kind == EventKind.STATUS_CHANGED ? Audience.ALL : Audience.REQUESTER;
    return event;
  }

  /** The first event of a case's timeline. */
  public static CaseEvent created(CaseFile caseFile) {
    return of(caseFile, EventKind.CREATED, EventVisibility.PUBLIC, caseFile.createdAt())
        .by(ActorKind.RESIDENT, null)
        .status(null, caseFile.status());
  }

  /**
   * A service target of the case reached its warning mark or its due date: a fact for staff,
   * written by the escalation job; the case's last activity does not change.
   */
  public static CaseEvent escalated(
      CaseFile caseFile, ServiceTarget target, ServiceTarget.Level level, Instant now) {
    EventKind kind =
        level == ServiceTarget.Level.WARNING ? EventKind.TARGET_WARNING : EventKind.TARGET_BREACHED;
    return of(caseFile, kind, EventVisibility.INTERNAL, now).body(target.name());
  }

  /**
   * The event of a new case's routing decision: which unit owns it, and why (the rule that matched,
   * or the fallback to the intake desk).
   */
  public static CaseEvent routed(CaseFile caseFile, String reason) {
    return of(caseFile, EventKind.ROUTED, EventVisibility.INTERNAL, caseFile.createdAt())
        .toUnit(caseFile.unit().id())
        .body(reason);
  }

  /**
   * A step of a mediation on its case's timeline, by a staff member: a session's notice and the
   * outcome are addressed to all parties; that a session was held (its attendance) is staff's.
   */
  public static CaseEvent mediation(
      CaseFile caseFile, EventKind kind, String text, StaffAccount by, Instant now) {
    if (!kind.isMediation()) {
      throw new IllegalArgumentException(kind + " is not a mediation's event");
    }
    var visibility =
        kind == EventKind.SESSION_HELD ? EventVisibility.INTERNAL : EventVisibility.PUBLIC;
    return of(caseFile, kind, visibility, now)
        .to(Addressee.all())
        .by(ActorKind.STAFF, java.util.Objects.requireNonNull(by, "by"))
        .body(text);
  }

  /** A staff member opened the case: recorded for sealed cases, whose every read is logged. */
  public static CaseEvent viewed(CaseFile caseFile, StaffAccount by, Instant now) {
    return of(caseFile, EventKind.VIEWED, EventVisibility.INTERNAL, now)
        .by(ActorKind.STAFF, java.util.Objects.requireNonNull(by, "by"));
  }

  CaseEvent by(ActorKind kind, StaffAccount staff) {
    this.actorKind = kind;
    this.actor = staff;
    return this;
  }

  CaseEvent status(CaseStatus from, CaseStatus to) {
    this.fromStatus = from;
    this.toStatus = to;
    return this;
  }

  CaseEvent toUnit(Long unitId) {
    this.toUnitId = unitId;
    return this;
  }

  CaseEvent naming(CaseFile other) {
    this.otherCase = other;
    return this;
  }

  CaseEvent to(Addressee addressee) {
    this.audience = addressee.audience();
    this.party = addressee.party();
    return this;
  }

  /**
   * The one rule of who reads a public event outside staff: the requester ({@code reader} null)
   * reads what is addressed to them or to all; a party reads what is addressed to them, and what is
   * addressed to all from the moment they were invited. Nobody outside staff reads an internal one.
   */
  public boolean reaches(CaseParty reader) {
    if (visibility != EventVisibility.PUBLIC) {
      return false;
    }
    if (reader == null) {
      return audience != Audience.PARTY;
    }
    return switch (audience) {
      case ALL -> !occurredAt.isBefore(reader.invitedAt());
      case PARTY ->
          party == reader
              || (party != null && party.id() != null && party.id().equals(reader.id()));
      case REQUESTER -> false;
    };
  }

  public Audience audience() {
    return audience;
  }

  /** The party this event is addressed to, when it is addressed to one. */
  public Optional<CaseParty> party() {
    return Optional.ofNullable(party);
  }

  CaseEvent body(String text) {
    this.body = text;
    return this;
  }

  /** The case this event belongs to. */
  public CaseFile caseFile() {
    return caseFile;
  }

  public EventKind kind() {
    return kind;
  }

  public EventVisibility visibility() {
    return visibility;
  }

  public ActorKind actorKind() {
    return actorKind;
  }

  public Optional<CaseStatus> toStatus() {
    return Optional.ofNullable(toStatus);
  }

  /** Whether this event moved its case to another status. */
  public boolean changesStatus() {
    return toStatus != null && toStatus != fromStatus;
  }

  /** Whether this event closed or reopened its case (a status change across open and closed). */
  public boolean changesOpenness() {
    return fromStatus != null && toStatus != null && fromStatus.isOpen() != toStatus.isOpen();
  }

  /** The staff member who acted, if a staff member did. */
  public Optional<StaffAccount> actor() {
    return Optional.ofNullable(actor);
  }

  /** The other case this event names, if it names one. */
  public Optional<CaseFile> otherCase() {
    return Optional.ofNullable(otherCase);
  }

  public Optional<String> body() {
    return Optional.ofNullable(body);
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
