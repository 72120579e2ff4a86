package org.kesher.buildings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A case that belongs to a building; a case belongs to one building at most. */
@Entity
@Table(name = "building_case")
public class BuildingCase {

  @Id
  @Column(name = "case_id")
  private Long caseId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "building_id")
  private Building building;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  protected BuildingCase() {}

  public BuildingCase(long caseId, Building building, Instant now) {
    this.caseId = caseId;
    this.building = building;
    this.linkedAt = now;
  }

  public long caseId() {
    return caseId;
  }

  public Building building() {
    return building;
  }
}
