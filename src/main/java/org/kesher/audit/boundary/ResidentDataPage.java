package org.kesher.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.audit.control.ResidentData;
import org.kesher.audit.control.ResidentDataDocument;
import org.kesher.cases.entity.Requester;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Israel;

/**
 * The privacy officer's page for one resident's request about their data ({@code
 * staff/privacy/resident.xhtml}): by email address or phone number, the cases found (reference,
 * type, status, date), an export for the resident (JSON, or a page to read in their language), a
 * correction of their details, and anonymising the cases that ended. Every step is recorded; the
 * address or number typed is posted, never in a URL, and kept in no log.
 */
@Named("residentData")
@ViewScoped
public class ResidentDataPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ResidentDataSteps steps;

  @Inject transient CurrentStaff current;

  private String email;
  private String phone;
  private String newName;
  private String newPhone;
  private String newEmail;
  private boolean eraseConfirmed;
  private List<ResidentData.Found> found;

  @RolesAllowed("PRIVACY_OFFICER")
  public void find() {
    if (blank(email) && blank(phone)) {
      say(FacesMessage.SEVERITY_ERROR, "resident.contactMissing");
      found = null;
      return;
    }
    found = steps.find(email, phone, officer(), current.language());
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public void exportJson() throws IOException {
    send("json", "application/json", ResidentDataDocument::json);
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public void exportHtml() throws IOException {
    send("html", "text/html", ResidentDataDocument::html);
  }

  private void send(String format, String type, BiConsumer<ResidentData.Export, Writer> writer)
      throws IOException {
    if (blank(email) && blank(phone)) {
      say(FacesMessage.SEVERITY_ERROR, "resident.contactMissing");
      return;
    }
    // recorded and committed by the step before the first byte is sent
    ResidentData.Export export = steps.export(email, phone, officer(), format);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType(type + "; charset=UTF-8");
    external.setResponseHeader("Cache-Control", "no-store");
    external.setResponseHeader("X-Content-Type-Options", "nosniff");
    external.setResponseHeader(
        "Content-Disposition", "attachment; filename=\"resident-data." + format + "\"");
    Writer out = new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8);
    writer.accept(export, out);
    out.flush();
    faces.responseComplete();
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public void correct() {
    if (blank(newName) && blank(newPhone) && blank(newEmail)) {
      say(FacesMessage.SEVERITY_ERROR, "resident.correctionMissing");
      return;
    }
    int changed =
        steps.correct(email, phone, new Requester(newName, newPhone, newEmail, false), officer());
    say(FacesMessage.SEVERITY_INFO, changed > 0 ? "resident.corrected" : "resident.noneFound");
    if (!blank(newEmail) && !blank(email)) {
      email = newEmail;
    }
    if (!blank(newPhone) && !blank(phone)) {
      phone = newPhone;
    }
    newName = null;
    newPhone = null;
    newEmail = null;
    find();
  }

  @RolesAllowed("PRIVACY_OFFICER")
  public void anonymise() {
    if (!eraseConfirmed) {
      say(FacesMessage.SEVERITY_ERROR, "resident.confirmErase");
      return;
    }
    ResidentData.Erased erased = steps.anonymise(email, phone, officer());
    StaffMessages.say(
        current.locale(),
        FacesMessage.SEVERITY_INFO,
        "resident.erased",
        erased.anonymised(),
        erased.stillOpen(),
        erased.held());
    eraseConfirmed = false;
    find();
  }

  private long officer() {
    return current.account().id();
  }

  private void say(FacesMessage.Severity severity, String key) {
    StaffMessages.say(current.locale(), severity, key);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  @PermitAll
  public String date(Instant at) {
    return at == null ? "" : Israel.dateTime(current.locale(), at);
  }

  public List<ResidentData.Found> getFound() {
    return found;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewPhone() {
    return newPhone;
  }

  public void setNewPhone(String newPhone) {
    this.newPhone = newPhone;
  }

  public String getNewEmail() {
    return newEmail;
  }

  public void setNewEmail(String newEmail) {
    this.newEmail = newEmail;
  }

  public boolean isEraseConfirmed() {
    return eraseConfirmed;
  }

  public void setEraseConfirmed(boolean eraseConfirmed) {
    this.eraseConfirmed = eraseConfirmed;
  }
}
