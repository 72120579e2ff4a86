package org.kesher.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.util.Objects;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.CaseFile;

/**
 * Something a staff member should hear of in the staff pages (a case now theirs, a case referred to
 * their unit, a resident who wrote on their case): its kind and its case, nothing of the case's
 * content.
 */
@Entity
@Table(name = "staff_notice")
@NamedQuery(
    name = StaffNotice.LATEST_OF,
    query =
        "SELECT n FROM StaffNotice n JOIN FETCH n.caseFile WHERE n.staff.id = :staffId"
            + " ORDER BY n.createdAt DESC, n.id DESC")
@NamedQuery(
    name = StaffNotice.UNREAD_OF,
    query =
        "SELECT n FROM StaffNotice n JOIN FETCH n.caseFile WHERE n.staff.id = :staffId"
            + " AND n.readAt IS NULL ORDER BY n.createdAt DESC, n.id DESC")
public class StaffNotice {

  /** A staff member's notices ({@code :staffId}), the newest first. */
  public static final String LATEST_OF = "StaffNotice.latestOf";

  /** A staff member's notices not yet read ({@code :staffId}), the newest first. */
  public static final String UNREAD_OF = "StaffNotice.unreadOf";

  /** What a notice tells. */
  public enum Kind {
    ASSIGNED_TO_YOU,
    REFERRED_TO_YOUR_UNIT,
    RESIDENT_REPLIED,
    BREAK_GLASS,
    /** Four fifths of a service target of the case are used. */
    TARGET_WARNING,
    /** A service target of the case is missed. */
    TARGET_BREACHED
  }

  @Id
  @TableGenerator(
      name = "staff_notice_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "staff_notice",
      // every intake writes some: a block reserved (a transaction of its own) once in 500
      allocationSize = 500)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "staff_notice_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffAccount staff;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  @Column(nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Kind kind;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Version private long version;

  protected StaffNotice() {}

  public StaffNotice(StaffAccount staff, CaseFile caseFile, Kind kind, Instant now) {
    this.staff = Objects.requireNonNull(staff, "staff");
    this.caseFile = Objects.requireNonNull(caseFile, "caseFile");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  public CaseFile caseFile() {
    return caseFile;
  }

  public Kind kind() {
    return kind;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Optional<Instant> readAt() {
    return Optional.ofNullable(readAt);
  }

  /** The reader has seen it; a notice read once stays read. */
  public void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }
}
