package org.kesher.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A day an administrator closed beyond Israel's public holidays: for every unit, for one unit, or
 * for the units of one locality. Its source says where it came from: a one-off closure (an election
 * day, a strike) or a suggested holiday the administrator confirmed (Eid al-Fitr, Christmas, Nabi
 * Shu'ayb ...). Written once; removed when the administrator opens the day again.
 */
@Entity
@Table(name = "closed_day")
@NamedQuery(
    name = ClosedDay.BETWEEN,
    query =
        "SELECT d FROM ClosedDay d WHERE d.closedOn BETWEEN :from AND :to"
            + " ORDER BY d.closedOn, d.id")
public class ClosedDay {

  /** The closed days from {@code :from} to {@code :to}, both included, in date order. */
  public static final String BETWEEN = "ClosedDay.between";

  /** The source of a closure typed in by an administrator. */
  public static final String ONE_OFF = "ONE_OFF";

  @Id
  @TableGenerator(
      name = "closed_day_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "closed_day",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "closed_day_ids")
  private Long id;

  @Column(name = "closed_on", nullable = false)
  private LocalDate closedOn;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(name = "locality_id")
  private Long localityId;

  @Column(nullable = false)
  private String source;

  @Column(nullable = false)
  private String reason;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ClosedDay() {}

  /**
   * A closure of {@code day} for one unit, the units of one locality, or (both null) every unit.
   *
   * @throws IllegalArgumentException for a unit and a locality at once, or a blank reason
   */
  public ClosedDay(
      LocalDate day,
      Long unitId,
      Long localityId,
      String source,
      String reason,
      String createdBy,
      Instant createdAt) {
    if (unitId != null && localityId != null) {
      throw new IllegalArgumentException("a closed day is for a unit or a locality, not both");
    }
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a closed day needs a reason");
    }
    this.closedOn = Objects.requireNonNull(day, "day");
    this.unitId = unitId;
    this.localityId = localityId;
    this.source = Objects.requireNonNull(source, "source");
    this.reason = reason.strip();
    this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
    this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
  }

  /** Whether the closure holds for a unit of this id in the locality of this id (or none). */
  public boolean closes(long unit, Long locality) {
    if (unitId != null) {
      return unitId == unit;
    }
    if (localityId != null) {
      return localityId.equals(locality);
    }
    return true;
  }

  public Long id() {
    return id;
  }

  public LocalDate closedOn() {
    return closedOn;
  }

  public Optional<Long> unitId() {
    return Optional.ofNullable(unitId);
  }

  public Optional<Long> localityId() {
    return Optional.ofNullable(localityId);
  }

  public String source() {
    return source;
  }

  public String reason() {
    return reason;
  }

  public String createdBy() {
    return createdBy;
  }
}
