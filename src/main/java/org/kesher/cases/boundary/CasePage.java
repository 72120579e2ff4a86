package org.kesher.cases.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.cases.control.CaseReferral;
import org.kesher.cases.control.CaseSheet;
import org.kesher.cases.control.CaseSheets;
import org.kesher.cases.control.CaseWork;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.catalogue.control.CatalogueNames;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Causes;
import org.kesher.ground.control.Israel;

/**
 * One case in the staff workspace ({@code case.xhtml?ref=KS-...}): everything the viewer may see of
 * it, and the actions on it. A case the viewer may not see answers 404, like one that does not
 * exist; an action on a case someone else changed meanwhile is refused with a message to reload.
 */
@Named
@ViewScoped
public class CasePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffViewer staff;

  @Inject CurrentStaff current;

  @Inject CaseWork work;

  @Inject CaseSheets sheets;

  @Inject CaseReferral referral;

  @Inject CatalogueNames names;

  private String reference;
  private CaseSheet sheet;
  private String text;
  private String nextStatus;
  private Long assignTo;
  private String referTo;
  private String duplicateOf;
  private String linkWith;
  private String cannedReply;
  private String referralSummary;
  private boolean contactShared;
  private String replyTo = "REQUESTER";

  /** The page's view action: loads the case, or answers 404. */
  @RolesAllowed("STAFF")
  public void load() throws IOException {
    try {
      sheet = sheets.sheet(staff.viewer(), reference, current.language());
    } catch (CaseNotFound e) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
    }
  }

  @RolesAllowed("STAFF")
  public void claim() {
    act(() -> work.claim(staff.viewer(), reference, sheet.version()), "case.claimed");
  }

  /** Links the case with the one whose reference was typed. */
  @RolesAllowed("STAFF")
  public void link() {
    act(() -> work.link(staff.viewer(), reference, sheet.version(), linkWith), "case.linkDone");
  }

  public String getLinkWith() {
    return linkWith;
  }

  public void setLinkWith(String linkWith) {
    this.linkWith = linkWith;
  }

  /** Gives the case to the colleague chosen. */
  @RolesAllowed("STAFF")
  public void assign() {
    if (assignTo == null
        || sheet.colleagues().stream().noneMatch(c -> c.id() == assignTo.longValue())) {
      message(FacesMessage.SEVERITY_ERROR, "case.cannotAssign");
      return;
    }
    act(() -> work.assign(staff.viewer(), reference, sheet.version(), assignTo), "case.assigned");
  }

  public Long getAssignTo() {
    return assignTo;
  }

  public void setAssignTo(Long assignTo) {
    this.assignTo = assignTo;
  }

  @RolesAllowed("STAFF")
  public void changeStatus() {
    if (nextStatus == null || sheet.nextStatuses().stream().noneMatch(nextStatus::equals)) {
      message(FacesMessage.SEVERITY_ERROR, "case.transition");
      return;
    }
    act(
        () ->
            work.changeStatus(
                staff.viewer(), reference, sheet.version(), CaseStatus.valueOf(nextStatus)),
        "case.statusChanged");
  }

  @RolesAllowed("STAFF")
  public void refer() {
    act(
        () ->
            referral.refer(
                staff.viewer(),
                reference,
                sheet.version(),
                referTo,
                referralSummary,
                contactShared),
        "case.referred");
    if (sheet.status().equals("REFERRED")) {
      referralSummary = null;
    }
  }

  /**
   * The units a case may be referred to, by code, with their names: from the catalogue's names kept
   * in memory (a case page read every unit's texts for this list, bench issue 22).
   */
  public java.util.List<CaseSheet.UnitChoice> getUnits() {
    return names.current().activeUnits().stream()
        .map(u -> new CaseSheet.UnitChoice(u.code(), u.in(current.language())))
        .toList();
  }

  public String getReferTo() {
    return referTo;
  }

  public void setReferTo(String referTo) {
    this.referTo = referTo;
  }

  public String getReferralSummary() {
    return referralSummary;
  }

  public void setReferralSummary(String referralSummary) {
    this.referralSummary = referralSummary;
  }

  public boolean isContactShared() {
    return contactShared;
  }

  public void setContactShared(boolean contactShared) {
    this.contactShared = contactShared;
  }

  @RolesAllowed("STAFF")
  public void markDuplicate() {
    act(
        () -> work.markDuplicate(staff.viewer(), reference, sheet.version(), duplicateOf),
        "case.markedDuplicate");
  }

  public String getDuplicateOf() {
    return duplicateOf;
  }

  public void setDuplicateOf(String duplicateOf) {
    this.duplicateOf = duplicateOf;
  }

  /** Starts the reply from the chosen canned reply; the caseworker may still change it. */
  @RolesAllowed("STAFF")
  public void useCannedReply() {
    sheet.cannedReplies().stream()
        .filter(r -> String.valueOf(r.id()).equals(cannedReply))
        .findFirst()
        .ifPresent(r -> text = r.body());
  }

  public String getCannedReply() {
    return cannedReply;
  }

  public void setCannedReply(String cannedReply) {
    this.cannedReply = cannedReply;
  }

  @RolesAllowed("STAFF")
  public void addNote() {
    act(() -> work.note(staff.viewer(), reference, sheet.version(), text), "case.noteAdded");
  }

  @RolesAllowed("STAFF")
  public void sendReply() {
    act(
        () -> work.reply(staff.viewer(), reference, sheet.version(), text, replyTo),
        "case.replySent");
  }

  private void act(Runnable action, String doneKey) {
    try {
      action.run();
      text = null;
      message(FacesMessage.SEVERITY_INFO, doneKey);
    } catch (CaseRuleViolation refused) {
      message(FacesMessage.SEVERITY_ERROR, refused.code());
    } catch (RuntimeException failed) {
      if (!changedElsewhere(failed)) {
        throw failed;
      }
      message(FacesMessage.SEVERITY_ERROR, "case.changedElsewhere");
      return;
    }
    sheet = sheets.sheet(staff.viewer(), reference, current.language());
  }

  /** An optimistic lock failure, however the transaction wrapped it. */
  private static boolean changedElsewhere(Throwable failure) {
    return Causes.any(
        failure,
        t ->
            t instanceof OptimisticLockException
                || t.getClass().getName().endsWith("OptimisticLockException"));
  }

  private void message(FacesMessage.Severity severity, String key) {
    StaffMessages.say(current.locale(), severity, key);
  }

  @PermitAll
  public String date(Instant at) {
    return at == null ? "" : Israel.dateTime(current.locale(), at);
  }

  public CaseSheet getSheet() {
    return sheet;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** Whom a reply is for: REQUESTER, ALL, or one party's id. */
  public String getReplyTo() {
    return replyTo;
  }

  public void setReplyTo(String replyTo) {
    this.replyTo = replyTo;
  }

  public String getNextStatus() {
    return nextStatus;
  }

  public void setNextStatus(String nextStatus) {
    this.nextStatus = nextStatus;
  }
}
