package org.kesher.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/**
 * One change made to a staff account: who made it (none: Kesher itself), when, to which account,
 * and what changed. Never a password, a hash or a secret. Written once, never changed; the audit
 * feature reads these records.
 */
@Entity
@Table(name = "staff_account_change")
@NamedQuery(
    name = StaffAccountChange.OF_ACCOUNT,
    query =
        "SELECT c FROM StaffAccountChange c WHERE c.accountId = :account"
            + " ORDER BY c.changedAt DESC, c.id DESC")
public class StaffAccountChange {

  public static final String OF_ACCOUNT = "StaffAccountChange.ofAccount";

  /** What changed. */
  public enum What {
    ENROLLED,
    NAME,
    EMAIL,
    LANGUAGE,
    ROLES,
    UNITS,
    PASSWORD_RESET,
    PASSWORD_CHANGED,
    SWITCHED_OFF,
    SWITCHED_ON,
    SECOND_FACTOR_ENROLLED
  }

  @Id
  @TableGenerator(
      name = "staff_account_change_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "staff_account_change",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "staff_account_change_ids")
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "changed_by_id")
  private Long changedById;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private What what;

  private String detail;

  protected StaffAccountChange() {}

  /**
   * @param changedBy who made the change, or null for Kesher itself
   * @param detail the new value where it is no secret (a name, roles, units), or null
   */
  public StaffAccountChange(
      StaffAccount account, StaffAccount changedBy, Instant at, What what, String detail) {
    this.accountId = Objects.requireNonNull(account.id(), "account id");
    this.changedById = changedBy == null ? null : changedBy.id();
    this.changedAt = Objects.requireNonNull(at, "at");
    this.what = Objects.requireNonNull(what, "what");
    this.detail =
        detail == null ? null : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
  }

  public Long accountId() {
    return accountId;
  }

  public Long changedById() {
    return changedById;
  }

  public Instant changedAt() {
    return changedAt;
  }

  public What what() {
    return what;
  }

  public String detail() {
    return detail;
  }
}
