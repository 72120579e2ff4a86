package org.kesher.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.kesher.access.entity.StaffAccount;

/**
 * A legal hold: the case is kept whole past its type's retention until the hold is released. Placed
 * with a reason by a unit head or department manager who sees the case; never changed, only
 * removed.
 */
@Entity
@Table(name = "case_hold")
@NamedQuery(name = CaseHold.OF_CASE, query = "SELECT h FROM CaseHold h WHERE h.caseId = :caseId")
public class CaseHold {

  /** The hold on the case whose id is {@code :caseId}, if any. */
  public static final String OF_CASE = "CaseHold.ofCase";

  /** The fewest characters a reason may have. */
  public static final int SHORTEST_REASON = 10;

  /** The most characters a reason may have. */
  public static final int LONGEST_REASON = 500;

  @Id
  @Column(name = "case_id")
  private Long caseId;

  @Column(nullable = false)
  private String reason;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "held_by")
  private StaffAccount heldBy;

  @Column(name = "held_at", nullable = false)
  private Instant heldAt;

  protected CaseHold() {}

  /**
   * Holds {@code caseFile} for {@code reason}.
   *
   * @throws CaseRuleViolation when the reason is shorter than {@link #SHORTEST_REASON} or longer
   *     than {@link #LONGEST_REASON} characters
   */
  public CaseHold(CaseFile caseFile, String reason, StaffAccount by, Instant at) {
    String said = reason == null ? "" : reason.strip();
    if (said.length() < SHORTEST_REASON) {
      throw new CaseRuleViolation("hold.reasonShort", "a hold needs a reason");
    }
    if (said.length() > LONGEST_REASON) {
      throw new CaseRuleViolation("hold.reasonLong", "a hold's reason is too long");
    }
    this.caseId = Objects.requireNonNull(caseFile.id(), "case id");
    this.reason = said;
    this.heldBy = Objects.requireNonNull(by, "by");
    this.heldAt = Objects.requireNonNull(at, "at");
  }

  public long caseId() {
    return caseId;
  }

  public String reason() {
    return reason;
  }

  public StaffAccount heldBy() {
    return heldBy;
  }

  public Instant heldAt() {
    return heldAt;
  }
}
