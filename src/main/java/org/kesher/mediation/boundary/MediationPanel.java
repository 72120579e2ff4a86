package org.kesher.mediation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Israel;
import org.kesher.mediation.entity.MediationOutcome;
import org.kesher.mediation.entity.Outcome;
import org.kesher.mediation.entity.SessionPlan;

/**
 * The mediation card of a case's page: its sessions (set, move, call off, who came), who hears of
 * them only on paper, and the outcome with the signed agreement. Every action sends the page back
 * to the case, so that its timeline shows what was done.
 */
@Named
@ViewScoped
public class MediationPanel implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffViewer staff;

  @Inject CurrentStaff current;

  @Inject MediationDesk desk;

  private MediationDesk.MediationView view;
  private String session = "";
  private String date;
  private String time;
  private int minutes = 90;
  private String place;
  private String link;
  private String mediators;
  private String heldSession;
  private List<String> came = List.of();
  private String result;
  private String followUp;
  private transient Part agreement;

  /** What the card shows of the case {@code reference}, read once per view. */
  @RolesAllowed("STAFF")
  public MediationDesk.MediationView view(String reference) {
    if (view == null) {
      view = desk.view(staff.viewer(), reference);
    }
    return view;
  }

  /** Sets a new session, or moves the one chosen. */
  @RolesAllowed("STAFF")
  public String save(String reference) {
    return act(
        reference,
        () -> {
          SessionPlan plan = plan();
          if (session == null || session.isEmpty()) {
            desk.schedule(staff.viewer(), reference, plan);
            return "session.scheduled";
          }
          var row = row(reference, session);
          desk.reschedule(staff.viewer(), reference, row.id(), row.version(), plan);
          return "session.rescheduled";
        });
  }

  @RolesAllowed("STAFF")
  public String cancel(String reference, String sessionId) {
    return act(
        reference,
        () -> {
          var row = row(reference, sessionId);
          desk.cancel(staff.viewer(), reference, row.id(), row.version());
          return "session.cancelledDone";
        });
  }

  @RolesAllowed("STAFF")
  public String held(String reference) {
    return act(
        reference,
        () -> {
          var row = row(reference, heldSession);
          Map<String, Boolean> present = new HashMap<>();
          view(reference).participants().forEach(p -> present.put(p.key(), came.contains(p.key())));
          desk.held(staff.viewer(), reference, row.id(), row.version(), present);
          return "session.heldDone";
        });
  }

  @RolesAllowed("STAFF")
  public String recordOutcome(String reference) {
    return act(
        reference,
        () -> {
          Outcome chosen;
          try {
            chosen = Outcome.valueOf(result == null ? "" : result);
          } catch (IllegalArgumentException none) {
            throw new CaseRuleViolation("outcome.missing", "choose the outcome");
          }
          byte[] pdf = null;
          String name = null;
          if (agreement != null && agreement.getSize() > 0) {
            if (agreement.getSize() > MediationOutcome.AGREEMENT_MAX_BYTES) {
              throw new CaseRuleViolation("outcome.notPdf", "too large");
            }
            try (InputStream in = agreement.getInputStream()) {
              pdf = in.readAllBytes();
            } catch (IOException unreadable) {
              throw new CaseRuleViolation("outcome.notPdf", "unreadable");
            }
            name = agreement.getSubmittedFileName();
          }
          desk.outcome(staff.viewer(), reference, chosen, name, pdf, day(followUp, false));
          return "outcome.recorded";
        });
  }

  private interface Step {
    String run();
  }

  private String act(String reference, Step step) {
    String done;
    try {
      done = step.run();
    } catch (CaseRuleViolation refused) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, refused.code());
      return null;
    } catch (RuntimeException failed) {
      if (!org.kesher.ground.control.Causes.any(
          failed, t -> t.getClass().getName().endsWith("OptimisticLockException"))) {
        throw failed;
      }
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, "case.changedElsewhere");
      return null;
    }
    StaffMessages.say(current.locale(), FacesMessage.SEVERITY_INFO, done);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/staff/case.xhtml?faces-redirect=true&ref=" + reference;
  }

  private MediationDesk.SessionRow row(String reference, String id) {
    return view(reference).sessions().stream()
        .filter(s -> String.valueOf(s.id()).equals(id))
        .findFirst()
        .orElseThrow(() -> new CaseRuleViolation("session.notOfCase", "no such session"));
  }

  private SessionPlan plan() {
    LocalDate day = day(date, true);
    LocalTime at;
    try {
      at = LocalTime.parse(time == null ? "" : time.strip());
    } catch (DateTimeParseException notATime) {
      throw new CaseRuleViolation("session.when", "a session has a day and a time");
    }
    return new SessionPlan(
        day.atTime(at).atZone(Israel.ZONE).toInstant(), minutes, place, link, mediators);
  }

  private static LocalDate day(String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        throw new CaseRuleViolation("session.when", "a session has a day and a time");
      }
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException notADay) {
      throw new CaseRuleViolation("session.when", "a day is written 2026-12-20");
    }
  }

  public String getSession() {
    return session;
  }

  public void setSession(String session) {
    this.session = session;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getTime() {
    return time;
  }

  public void setTime(String time) {
    this.time = time;
  }

  public int getMinutes() {
    return minutes;
  }

  public void setMinutes(int minutes) {
    this.minutes = minutes;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getLink() {
    return link;
  }

  public void setLink(String link) {
    this.link = link;
  }

  public String getMediators() {
    return mediators;
  }

  public void setMediators(String mediators) {
    this.mediators = mediators;
  }

  public String getHeldSession() {
    return heldSession;
  }

  public void setHeldSession(String heldSession) {
    this.heldSession = heldSession;
  }

  public List<String> getCame() {
    return came;
  }

  public void setCame(List<String> came) {
    this.came = came;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public String getFollowUp() {
    return followUp;
  }

  public void setFollowUp(String followUp) {
    this.followUp = followUp;
  }

  public Part getAgreement() {
    return agreement;
  }

  public void setAgreement(Part agreement) {
    this.agreement = agreement;
  }
}
