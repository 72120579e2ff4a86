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
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.sealing.control.SealedText;

/**
 * Access to one case for a staff member outside its audience, asked for with a written reason,
 * until it expires; reviewed afterwards by a privacy officer as justified or raised. The reason and
 * the review's note are sealed like case content.
 */
@Entity
@Table(name = "break_glass")
@NamedQuery(
    name = BreakGlass.ACTIVE,
    query =
        "SELECT g.caseFile FROM BreakGlass g WHERE g.staff.id = :staffId"
            + " AND g.caseFile.reference = :reference AND g.expiresAt > :now")
@NamedQuery(
    name = BreakGlass.IN_REVIEW,
    query =
        "SELECT g FROM BreakGlass g JOIN FETCH g.caseFile JOIN FETCH g.staff"
            + " WHERE g.review IN :reviews ORDER BY g.grantedAt DESC, g.id DESC")
public class BreakGlass {

  /** The case of a reference ({@code :reference}) a staff member ({@code :staffId}) holds now. */
  public static final String ACTIVE = "BreakGlass.active";

  /** The grants whose review is one of {@code :reviews}, the newest first. */
  public static final String IN_REVIEW = "BreakGlass.inReview";

  /** The shortest reason taken. */
  public static final int LEAST_REASON = 20;

  /** Where the privacy officer's review stands. */
  public enum Review {
    PENDING,
    JUSTIFIED,
    RAISED
  }

  @Id
  @TableGenerator(
      name = "break_glass_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "break_glass",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "break_glass_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffAccount staff;

  @Convert(converter = SealedText.class)
  @Column(nullable = false)
  private String reason;

  @Column(name = "granted_at", nullable = false)
  private Instant grantedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Review review = Review.PENDING;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reviewer_id")
  private StaffAccount reviewer;

  @Column(name = "reviewed_at")
  private Instant reviewedAt;

  @Convert(converter = SealedText.class)
  @Column(name = "review_note")
  private String reviewNote;

  @Version private long version;

  protected BreakGlass() {}

  /**
   * @throws CaseRuleViolation ("breakGlass.reason") when the reason is shorter than {@link
   *     #LEAST_REASON} characters
   */
  public BreakGlass(
      CaseFile caseFile, StaffAccount staff, String reason, Instant now, Duration lasting) {
    String given = reason == null ? "" : reason.strip();
    if (given.codePointCount(0, given.length()) < LEAST_REASON) {
      throw new CaseRuleViolation("breakGlass.reason", "the reason is too short");
    }
    this.caseFile = Objects.requireNonNull(caseFile);
    this.staff = Objects.requireNonNull(staff);
    this.reason = given;
    this.grantedAt = Objects.requireNonNull(now);
    this.expiresAt = now.plus(lasting);
  }

  /** The privacy officer's review, once; a note is required when it is raised. */
  public void review(Review outcome, StaffAccount by, String note, Instant now) {
    if (outcome == Review.PENDING || review != Review.PENDING) {
      throw new CaseRuleViolation("breakGlass.reviewed", "already reviewed");
    }
    String given = note == null ? "" : note.strip();
    if (outcome == Review.RAISED && given.isEmpty()) {
      throw new CaseRuleViolation("breakGlass.noteMissing", "a raised access needs a note");
    }
    this.review = outcome;
    this.reviewer = Objects.requireNonNull(by);
    this.reviewNote = given.isEmpty() ? null : given;
    this.reviewedAt = now;
  }

  public Long id() {
    return id;
  }

  public CaseFile caseFile() {
    return caseFile;
  }

  public StaffAccount staff() {
    return staff;
  }

  public String reason() {
    return reason;
  }

  public Instant grantedAt() {
    return grantedAt;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  public Review review() {
    return review;
  }

  public Optional<StaffAccount> reviewer() {
    return Optional.ofNullable(reviewer);
  }

  public Optional<String> reviewNote() {
    return Optional.ofNullable(reviewNote);
  }

  public long version() {
    return version;
  }
}
