package org.kesher.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/** One of a staff member's one-time recovery codes for the second factor, kept as a hash. */
@Entity
@Table(name = "staff_recovery_code")
@NamedQuery(
    name = StaffRecoveryCode.UNUSED_MATCHING,
    query =
        "SELECT c FROM StaffRecoveryCode c WHERE c.staffId = :staff AND c.codeHash = :hash"
            + " AND c.usedAt IS NULL")
@NamedQuery(
    name = StaffRecoveryCode.FORGET_ALL,
    query = "DELETE FROM StaffRecoveryCode c WHERE c.staffId = :staff")
@NamedQuery(
    name = StaffRecoveryCode.COUNT_UNUSED,
    query =
        "SELECT COUNT(c.id) FROM StaffRecoveryCode c WHERE c.staffId = :staff AND c.usedAt IS NULL")
public class StaffRecoveryCode {

  public static final String UNUSED_MATCHING = "StaffRecoveryCode.unusedMatching";
  public static final String FORGET_ALL = "StaffRecoveryCode.forgetAll";
  public static final String COUNT_UNUSED = "StaffRecoveryCode.countUnused";

  @Id
  @TableGenerator(
      name = "staff_recovery_code_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "staff_recovery_code",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "staff_recovery_code_ids")
  private Long id;

  @Column(name = "staff_id", nullable = false)
  private Long staffId;

  @Column(name = "code_hash", nullable = false)
  private String codeHash;

  @Column(name = "used_at")
  private Instant usedAt;

  @jakarta.persistence.Version private long version;

  protected StaffRecoveryCode() {}

  public StaffRecoveryCode(StaffAccount staff, String codeHash) {
    this.staffId = Objects.requireNonNull(staff.id(), "staff id");
    this.codeHash = Objects.requireNonNull(codeHash, "code hash");
  }

  /** Spends the code: it opens no second login. */
  public void use(Instant now) {
    usedAt = Objects.requireNonNull(now, "now");
  }
}
