package org.kesher.buildings.entity;

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
import java.time.Instant;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.sealing.control.SealedText;

/** One fact of a building's history; written once. The note is sealed (it may name an owner). */
@Entity
@Table(name = "building_step")
@NamedQuery(
    name = BuildingStep.OF_BUILDING,
    query = "SELECT s FROM BuildingStep s WHERE s.building = :building ORDER BY s.occurredAt, s.id")
public class BuildingStep {

  public static final String OF_BUILDING = "BuildingStep.ofBuilding";

  @Id
  @TableGenerator(
      name = "building_step_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "building_step",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "building_step_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "building_id")
  private Building building;

  @Column(name = "case_id")
  private Long caseId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private StepKind kind;

  @Convert(converter = SealedText.class)
  private String note;

  private String language;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "staff_id")
  private StaffAccount staff;

  @Column(name = "occurred_at", nullable = false)
  private Instant occurredAt;

  protected BuildingStep() {}

  /**
   * @param caseId the case the step is about, or null
   * @throws CaseRuleViolation for a further enforcement step without a note, or a note too long
   */
  public BuildingStep(
      Building building,
      Long caseId,
      StepKind kind,
      String note,
      String language,
      StaffAccount staff,
      Instant now) {
    if (kind == StepKind.OWNER_STEP && (note == null || note.isBlank())) {
      throw new CaseRuleViolation("building.stepNote", "say what was done");
    }
    if (note != null && note.strip().length() > 2000) {
      throw new CaseRuleViolation("building.tooLong", "the note is too long");
    }
    this.building = building;
    this.caseId = caseId;
    this.kind = kind;
    this.note = note == null || note.isBlank() ? null : note.strip();
    this.language = language;
    this.staff = staff;
    this.occurredAt = now;
  }

  public StepKind kind() {
    return kind;
  }

  public Optional<Long> caseId() {
    return Optional.ofNullable(caseId);
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  public Optional<StaffAccount> staff() {
    return Optional.ofNullable(staff);
  }

  public Instant occurredAt() {
    return occurredAt;
  }
}
