package org.kesher.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import org.kesher.catalogue.entity.Unit;

/** A staff member's membership of a unit, as member or as its head. */
@Entity
@Table(name = "unit_membership")
public class UnitMembership {

  @Id
  @TableGenerator(
      name = "unit_membership_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "unit_membership",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "unit_membership_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "staff_id")
  private StaffAccount staff;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_role", nullable = false)
  private MemberRole role;

  @Version private long version;

  protected UnitMembership() {}

  UnitMembership(StaffAccount staff, Unit unit, MemberRole role) {
    this.staff = staff;
    this.unit = unit;
    this.role = role;
  }

  public StaffAccount staff() {
    return staff;
  }

  public Unit unit() {
    return unit;
  }

  /** Member or head of the unit from now on. */
  public void become(MemberRole role) {
    this.role = java.util.Objects.requireNonNull(role, "role");
  }

  public Long id() {
    return id;
  }

  public MemberRole role() {
    return role;
  }
}
