package org.kesher.emergency.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Unit;
import org.kesher.catalogue.entity.UnitKind;
import org.kesher.sealing.control.SealedText;

/**
 * An entry of a settlement's emergency special-needs register: a household that needs special
 * attention in an emergency, for door-to-door work. Everything said of the household is sealed at
 * rest; only its settlement's emergency team and the social services department see it.
 */
@Entity
@Table(name = "emergency_registration")
@NamedQuery(
    name = Registration.OF_UNIT,
    query = "SELECT r FROM Registration r WHERE r.unit.id = :unit ORDER BY r.id")
public class Registration {

  public static final String OF_UNIT = "Registration.ofUnit";

  /** How long a confirmation holds. */
  public static final java.time.Duration YEAR = java.time.Duration.ofDays(365);

  @Id
  @TableGenerator(
      name = "emergency_registration_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "emergency_registration",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "emergency_registration_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "locality_id")
  private Locality locality;

  @Column(name = "case_id")
  private Long caseId;

  @Convert(converter = SealedText.class)
  private String household;

  @Convert(converter = SealedText.class)
  private String phone;

  @Convert(converter = SealedText.class)
  private String street;

  @Convert(converter = SealedText.class)
  private String house;

  /** The needs' codes, joined by commas. */
  @Convert(converter = SealedText.class)
  private String needs;

  @Convert(converter = SealedText.class)
  private String notes;

  @Column(name = "household_size")
  private Integer householdSize;

  @Column(name = "registered_at", nullable = false)
  private Instant registeredAt;

  @Column(name = "confirmed_at", nullable = false)
  private Instant confirmedAt;

  /** The open task in the team's queue that asks the household to confirm, while there is one. */
  @Column(name = "confirmation_case_id")
  private Long confirmationCaseId;

  @Version private long version;

  protected Registration() {}

  /** A household registered by its request to its settlement's emergency team. */
  public Registration(Unit team, Locality locality, Long caseId, Household household, Instant at) {
    if (team == null || team.kind() != UnitKind.EMERGENCY_TEAM) {
      throw new IllegalArgumentException("a register is kept by a settlement's emergency team");
    }
    this.unit = team;
    this.locality = locality;
    this.caseId = caseId;
    this.household = household.name();
    this.phone = household.phone();
    this.street = household.street();
    this.house = household.house();
    this.needs = String.join(",", household.needs());
    this.notes = household.notes();
    this.householdSize = household.size();
    this.registeredAt = at;
    this.confirmedAt = at;
  }

  public Long id() {
    return id;
  }

  public Unit unit() {
    return unit;
  }

  public Optional<Locality> locality() {
    return Optional.ofNullable(locality);
  }

  public Optional<Long> caseId() {
    return Optional.ofNullable(caseId);
  }

  public Household household() {
    return new Household(
        household,
        phone,
        street,
        house,
        needs == null || needs.isBlank() ? List.of() : Arrays.asList(needs.split(",")),
        notes,
        householdSize);
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }

  /** The household confirmed its entry with the team: its year starts again. */
  public void confirm(Instant at) {
    confirmedAt = at;
    confirmationCaseId = null;
  }

  /** Whether its year is up at {@code now} and no task asks for the confirmation yet. */
  public boolean isDue(Instant now) {
    return confirmationCaseId == null && !now.isBefore(confirmedAt.plus(YEAR));
  }

  /** The task that asks the household to confirm. */
  public void askedBy(long taskCaseId) {
    confirmationCaseId = taskCaseId;
  }

  public Optional<Long> confirmationCaseId() {
    return Optional.ofNullable(confirmationCaseId);
  }
}
