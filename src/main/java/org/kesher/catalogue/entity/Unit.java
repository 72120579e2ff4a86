package org.kesher.catalogue.entity;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A community unit (יחידה) that owns cases: a service such as the Mediation Service, a team per
 * settlement, a self-help centre, or the intake desk where whatever no rule routes lands.
 */
@Entity
@Table(name = "community_unit")
@NamedQuery(
    name = Unit.ACTIVE,
    query = "SELECT u FROM Unit u WHERE u.active = TRUE ORDER BY u.displayOrder, u.code")
@NamedQuery(name = Unit.INTAKE_DESK, query = "SELECT u FROM Unit u WHERE u.intakeDesk = TRUE")
@NamedQuery(name = Unit.BY_CODE, query = "SELECT u FROM Unit u WHERE u.code = :code")
public class Unit {

  public static final String ACTIVE = "Unit.active";
  public static final String INTAKE_DESK = "Unit.intakeDesk";
  public static final String BY_CODE = "Unit.byCode";

  @Id
  @TableGenerator(
      name = "unit_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "community_unit",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "unit_ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private UnitKind kind;

  @Column(name = "intake_desk")
  private boolean intakeDesk;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "locality_id")
  private Locality locality;

  /** Its texts in every language given, as rows of {@code community_unit_text}. */
  @ElementCollection
  @CollectionTable(name = "community_unit_text", joinColumns = @JoinColumn(name = "owner_id"))
  private Set<Translation> texts = new HashSet<>();

  private String phones;

  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "assignment_policy", nullable = false)
  private AssignmentPolicy assignmentPolicy;

  private boolean active = true;

  @Column(name = "display_order")
  private int displayOrder;

  @Version private long version;

  protected Unit() {}

  public Unit(String code, UnitKind kind, LocalizedText name, LocalizedText services) {
    this.code = code;
    this.kind = kind;
    Translation.write(texts, "name", name);
    Translation.write(texts, "services", services);
    this.assignmentPolicy = AssignmentPolicy.LEAST_OPEN;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public UnitKind kind() {
    return kind;
  }

  public boolean isIntakeDesk() {
    return intakeDesk;
  }

  public Optional<Locality> locality() {
    return Optional.ofNullable(locality);
  }

  public LocalizedText name() {
    return Translation.read(texts, "name");
  }

  public LocalizedText services() {
    return Translation.read(texts, "services");
  }

  /** The address, where the unit has one to give (no translation rows: none). */
  public Optional<LocalizedText> address() {
    return Optional.ofNullable(Translation.read(texts, "address"));
  }

  public Optional<LocalizedText> contactPerson() {
    return Optional.ofNullable(Translation.read(texts, "contact_person"));
  }

  public Optional<String> phones() {
    return Optional.ofNullable(phones);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public AssignmentPolicy assignmentPolicy() {
    return assignmentPolicy;
  }

  /** An administrator's revision of everything but the code and the intake-desk mark. */
  public void revise(
      UnitKind kind,
      LocalizedText name,
      LocalizedText services,
      LocalizedText address,
      LocalizedText contactPerson,
      String phones,
      String email,
      AssignmentPolicy assignmentPolicy) {
    this.kind = kind;
    Translation.write(texts, "name", name);
    Translation.write(texts, "services", services);
    Translation.write(texts, "address", address);
    Translation.write(texts, "contact_person", contactPerson);
    this.phones = phones;
    this.email = email;
    this.assignmentPolicy = assignmentPolicy;
  }

  /** Switches the unit on or off: an inactive unit is not routed to nor offered anywhere. */
  public void setActive(boolean active) {
    this.active = active;
  }

  public long version() {
    return version;
  }

  public boolean isActive() {
    return active;
  }
}
