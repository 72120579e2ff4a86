package org.kesher.buildings.entity;

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
import java.time.LocalDate;
import java.util.Optional;
import org.kesher.buildings.control.AddressKey;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Unit;

/**
 * A shared building: its address and entrances, the unit that keeps its house committee and its
 * enforcement steps, and when its committee was elected. Found again by its address key.
 */
@Entity
@Table(name = "building")
@NamedQuery(name = Building.BY_KEY, query = "SELECT b FROM Building b WHERE b.addressKey = :key")
public class Building {

  public static final String BY_KEY = "Building.byKey";

  @Id
  @TableGenerator(
      name = "building_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "building",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "building_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "locality_id")
  private Locality locality;

  @Column(nullable = false)
  private String street;

  @Column(name = "house_number", nullable = false)
  private String number;

  private String entrances;

  @Column(name = "address_key", nullable = false, unique = true)
  private String addressKey;

  @Column(name = "committee_elected_on")
  private LocalDate committeeElectedOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected Building() {}

  /**
   * @throws CaseRuleViolation without a street or a house number, or with one too long
   */
  public Building(
      Unit unit, Locality locality, String street, String number, String entrances, Instant now) {
    if (street == null || street.isBlank() || number == null || number.isBlank()) {
      throw new CaseRuleViolation("building.addressMissing", "a building has a street and number");
    }
    if (street.strip().length() > 120
        || number.strip().length() > 12
        || (entrances != null && entrances.strip().length() > 60)) {
      throw new CaseRuleViolation("building.tooLong", "an address part is too long");
    }
    this.unit = unit;
    this.locality = locality;
    this.street = street.strip();
    this.number = number.strip();
    this.entrances = entrances == null || entrances.isBlank() ? null : entrances.strip();
    this.addressKey = AddressKey.of(locality == null ? null : locality.id(), street, number);
    this.createdAt = now;
  }

  /** The committee was elected on {@code day}; not a day ahead. */
  public void committeeElected(LocalDate day, LocalDate today) {
    if (day == null || day.isAfter(today)) {
      throw new CaseRuleViolation("building.electedAhead", "an election is today or earlier");
    }
    this.committeeElectedOn = day;
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

  public String street() {
    return street;
  }

  public String number() {
    return number;
  }

  public Optional<String> entrances() {
    return Optional.ofNullable(entrances);
  }

  public String addressKey() {
    return addressKey;
  }

  public Optional<LocalDate> committeeElectedOn() {
    return Optional.ofNullable(committeeElectedOn);
  }

  public long version() {
    return version;
  }
}
