package org.kesher.mediation.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.control.Israel;

/**
 * A meeting of a mediation: when, for how long, where (a place, an online link, or both) and who
 * mediates. Scheduled, then held with each participant's attendance, or cancelled; a new time or
 * place is a reschedule. Guards its own rules; {@link #notice()} is how every participant reads it.
 */
@Entity
@Table(name = "mediation_session")
@NamedQuery(
    name = MediationSession.OF_CASE,
    query =
        "SELECT s FROM MediationSession s WHERE s.caseFile = :caseFile ORDER BY s.startsAt, s.id")
public class MediationSession {

  public static final String OF_CASE = "MediationSession.ofCase";

  /** The attendee key of the case's requester; a party's is their id. */
  public static final String REQUESTER = "REQUESTER";

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(Israel.ZONE);

  @Id
  @TableGenerator(
      name = "mediation_session_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "mediation_session",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mediation_session_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(nullable = false)
  private int minutes;

  private String place;

  @Column(name = "online_link")
  private String onlineLink;

  @Column(nullable = false)
  private String mediators;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SessionStatus status;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mediation_attendance", joinColumns = @JoinColumn(name = "session_id"))
  @MapKeyColumn(name = "attendee")
  @Column(name = "present")
  private Map<String, Boolean> attendance = new HashMap<>();

  @Version private long version;

  protected MediationSession() {}

  /**
   * @throws CaseRuleViolation for a closed or sealed case, or a session that breaks {@link #check}
   */
  public MediationSession(CaseFile caseFile, SessionPlan plan, Instant now) {
    if (!caseFile.status().isOpen()
        || caseFile.confidentiality() == org.kesher.catalogue.entity.Confidentiality.SEALED) {
      throw new CaseRuleViolation("session.caseClosed", "only an open case has sessions");
    }
    check(plan, now);
    this.caseFile = caseFile;
    this.status = SessionStatus.SCHEDULED;
    this.createdAt = now;
    apply(plan);
  }

  /** Moves the session to another time or place. */
  public void reschedule(SessionPlan plan, Instant now) {
    requireScheduled();
    check(plan, now);
    apply(plan);
  }

  public void cancel() {
    requireScheduled();
    status = SessionStatus.CANCELLED;
  }

  /** The session took place; who of the participants came. */
  public void held(Map<String, Boolean> present, Instant now) {
    if (status == SessionStatus.CANCELLED) {
      throw new CaseRuleViolation("session.cancelled", "a cancelled session was not held");
    }
    if (startsAt.isAfter(now)) {
      throw new CaseRuleViolation("session.notYet", "a session is held once it began");
    }
    status = SessionStatus.HELD;
    attendance.clear();
    attendance.putAll(present);
  }

  private static void check(SessionPlan plan, Instant now) {
    if (plan.startsAt() == null || !plan.startsAt().isAfter(now)) {
      throw new CaseRuleViolation("session.past", "a session is set in the future");
    }
    if (plan.minutes() < 15 || plan.minutes() > 480) {
      throw new CaseRuleViolation("session.length", "a session lasts 15 minutes to 8 hours");
    }
    if (blank(plan.place()) && blank(plan.onlineLink())) {
      throw new CaseRuleViolation("session.nowhere", "a session has a place or a link");
    }
    if (!blank(plan.onlineLink()) && !plan.onlineLink().strip().matches("https://\\S{3,490}")) {
      throw new CaseRuleViolation("session.linkInvalid", "an online link is an https address");
    }
    if (blank(plan.mediators())) {
      throw new CaseRuleViolation("session.mediatorsMissing", "a session has its mediators");
    }
    if (length(plan.place()) > 300 || length(plan.mediators()) > 300) {
      throw new CaseRuleViolation("session.tooLong", "a place or mediators' names too long");
    }
  }

  private void apply(SessionPlan plan) {
    this.startsAt = plan.startsAt();
    this.minutes = plan.minutes();
    this.place = blank(plan.place()) ? null : plan.place().strip();
    this.onlineLink = blank(plan.onlineLink()) ? null : plan.onlineLink().strip();
    this.mediators = plan.mediators().strip();
  }

  private void requireScheduled() {
    if (status != SessionStatus.SCHEDULED) {
      throw new CaseRuleViolation("session.notScheduled", "only a scheduled session changes");
    }
  }

  /**
   * The session as every participant reads it, in any language: its day and time in Israel, its
   * length, where, and who mediates ("20.12.2026 17:30 (90') · Community centre · https://… · Dana
   * Cohen").
   */
  public String notice() {
    var parts = new StringBuilder(WHEN.format(startsAt)).append(" (").append(minutes).append("')");
    if (place != null) {
      parts.append(" · ").append(place);
    }
    if (onlineLink != null) {
      parts.append(" · ").append(onlineLink);
    }
    return parts.append(" · ").append(mediators).toString();
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static int length(String s) {
    return s == null ? 0 : s.strip().length();
  }

  public Long id() {
    return id;
  }

  public CaseFile caseFile() {
    return caseFile;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public ZonedDateTime startsInIsrael() {
    return startsAt.atZone(Israel.ZONE);
  }

  public Duration length() {
    return Duration.ofMinutes(minutes);
  }

  public Optional<String> place() {
    return Optional.ofNullable(place);
  }

  public Optional<String> onlineLink() {
    return Optional.ofNullable(onlineLink);
  }

  public String mediators() {
    return mediators;
  }

  public SessionStatus status() {
    return status;
  }

  /** Who came, by attendee ({@link #REQUESTER} or a party's id); empty until it was held. */
  public Map<String, Boolean> attendance() {
    return Map.copyOf(attendance);
  }

  public long version() {
    return version;
  }
}
