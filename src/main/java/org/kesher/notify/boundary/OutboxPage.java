package org.kesher.notify.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.notify.control.Outbox;
import org.kesher.notify.entity.OutboxMail;

/** The administrators' outbox: waiting, sent and failed mails; a failed one can be tried again. */
@Named("outboxAdmin")
@ViewScoped
public class OutboxPage implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int SHOWN = 200;

  @Inject Outbox outbox;

  @Inject CurrentStaff workspace;

  private String status = "";
  private List<Outbox.Line> lines;

  public boolean isReadable() {
    return outbox.readable();
  }

  public List<Outbox.Line> getMails() {
    if (lines == null) {
      lines =
          outbox.newest(
              status == null || status.isBlank() ? null : OutboxMail.Status.valueOf(status), SHOWN);
    }
    return lines;
  }

  public long getWaiting() {
    return outbox.count(OutboxMail.Status.PENDING);
  }

  public long getFailed() {
    return outbox.count(OutboxMail.Status.FAILED);
  }

  public List<String> getStatuses() {
    return java.util.Arrays.stream(OutboxMail.Status.values()).map(Enum::name).toList();
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = getStatuses().contains(status) ? status : "";
  }

  /** Shows the mails of the chosen status. */
  @RolesAllowed("ADMINISTRATOR")
  public void show() {
    lines = null;
  }

  @RolesAllowed("ADMINISTRATOR")
  public void retry(long id) {
    boolean queued = outbox.retry(id);
    StaffMessages.say(
        workspace.locale(),
        queued ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
        queued ? "outbox.retried" : "outbox.notRetried");
    lines = null;
  }
}
