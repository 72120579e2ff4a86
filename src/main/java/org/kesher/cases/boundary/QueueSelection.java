package org.kesher.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.boundary.QueueWorkspace.QueueLine;
import org.kesher.cases.control.CaseBulk;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.ground.boundary.StaffMessages;

/**
 * The cases chosen in the queue's table and what is done to all of them at once: take them, move
 * them to a status, give them to a colleague. Each outcome names the cases the rules left alone.
 */
@Named
@ViewScoped
public class QueueSelection implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffViewer staff;

  @Inject CurrentStaff current;

  @Inject CaseBulk work;

  private List<QueueLine> selected = List.of();
  private String bulkStatus;
  private Long bulkAssignee;

  /** Every status, for the bulk change. */
  public List<String> getAllStatuses() {
    return Arrays.stream(CaseStatus.values()).map(Enum::name).toList();
  }

  /** Takes the selected cases. */
  @RolesAllowed("STAFF")
  public void takeSelected() {
    bulk(null);
  }

  /** Gives the selected cases to the colleague chosen. */
  @RolesAllowed("STAFF")
  public void assignSelected() {
    if (bulkAssignee != null) {
      report(
          work.bulkAssign(
              staff.viewer(), selected.stream().map(QueueLine::reference).toList(), bulkAssignee));
    }
  }

  /** Moves the selected cases to the chosen status. */
  @RolesAllowed("STAFF")
  public void moveSelected() {
    Arrays.stream(CaseStatus.values())
        .filter(s -> s.name().equals(bulkStatus))
        .findFirst()
        .ifPresent(this::bulk);
  }

  private void bulk(CaseStatus next) {
    report(work.bulk(staff.viewer(), selected.stream().map(QueueLine::reference).toList(), next));
  }

  private void report(CaseBulk.BulkResult result) {
    StaffMessages.say(
        current.locale(),
        result.refused().isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
        "queue.bulkDone",
        String.valueOf(result.changed()),
        String.join(", ", result.refused()));
    selected = List.of();
  }

  public List<QueueLine> getSelected() {
    return selected;
  }

  public void setSelected(List<QueueLine> selected) {
    this.selected = selected == null ? List.of() : selected;
  }

  public String getBulkStatus() {
    return bulkStatus;
  }

  public void setBulkStatus(String bulkStatus) {
    this.bulkStatus = bulkStatus;
  }

  public Long getBulkAssignee() {
    return bulkAssignee;
  }

  public void setBulkAssignee(Long bulkAssignee) {
    this.bulkAssignee = bulkAssignee;
  }
}
