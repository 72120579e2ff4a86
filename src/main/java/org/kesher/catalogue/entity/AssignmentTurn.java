package org.kesher.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A unit's turn to assign its next new case: the row that the requests for one unit lock one after
 * the other while each chooses its assignee, and who got the unit's last case under round-robin.
 * Apart from the unit's own row because every new case's foreign key share-locks that row, so an
 * intake that wrote its case first could not take the unit's row without deadlocking with another
 * (see {@code cases.control.Assigner}). Every unit has one, made with it.
 */
@Entity
@Table(name = "assignment_turn")
public class AssignmentTurn {

  @Id
  @Column(name = "unit_id")
  private Long unitId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "unit_id")
  private Unit unit;

  /** The staff id of the member who got the unit's last case under round-robin. */
  @Column(name = "last_assignee_id")
  private Long lastAssigneeId;

  protected AssignmentTurn() {}

  /** The turn of a new unit, written with it. */
  public AssignmentTurn(Unit unit) {
    this.unit = unit;
    this.unitId = unit.id();
  }

  public Optional<Long> lastAssigneeId() {
    return Optional.ofNullable(lastAssigneeId);
  }

  /** Remembers who got the unit's newest case, for round-robin to carry on after them. */
  public void handedTo(long staffId) {
    this.lastAssigneeId = staffId;
  }
}
