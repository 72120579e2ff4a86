package org.kesher.intake.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.boundary.VisitorLanguage;
import org.kesher.intake.control.Intake;
import org.kesher.intake.control.InvalidRequest;
import org.kesher.intake.control.ResidentChanges;
import org.kesher.intake.control.TrackedCase;
import org.kesher.intake.control.TrackingThrottle;

/**
 * The tracking page: reference and code, posted (never in a URL), give the status, the expected
 * date and the public timeline, and a reply box. A wrong code and an unknown reference get the same
 * answer, and repeated wrong codes are throttled like the API's.
 */
@PermitAll
@Named
@RequestScoped
public class TrackingPage {

  /** One line of the public timeline, in the visitor's language. */
  public record StepLine(String when, String what, String text) {}

  @Inject Intake intake;

  @Inject TrackingThrottle throttle;

  @Inject VisitorLanguage visitor;

  @Inject HttpServletRequest request;

  private final FormErrors errors = new FormErrors();
  private TrackedCase tracked;
  private boolean replied;
  private String notice;

  @Inject TrackingChanges changes;

  /** The page's view action: a POST is a look-up or a reply. */
  public void load() {
    if (!"POST".equals(request.getMethod())) {
      return;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    PageTexts texts = new PageTexts(visitor.get());
    String reference = value("reference").strip().toUpperCase();
    String code = value("code").strip();
    if (reference.isEmpty() || code.isEmpty()) {
      if (reference.isEmpty()) {
        errors.add("reference", texts.text("track.reference"), texts.problem("required"));
      }
      if (code.isEmpty()) {
        errors.add("code", texts.text("track.code"), texts.problem("required"));
      }
      external.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    String client = request.getRemoteAddr();
    if (!throttle.mayTry(client, reference)) {
      errors.add(FormErrors.FORM, "", texts.text("track.tooMany"));
      external.setResponseStatus(429);
      external.setResponseHeader("Retry-After", String.valueOf(throttle.retryAfterSeconds()));
      return;
    }
    Optional<TrackedCase> found =
        switch (value("action")) {
          case "reply" -> reply(reference, code, texts);
          case "withdraw" -> withdraw(reference, code, texts);
          case "contact" -> contact(reference, code, texts);
          case "accept" -> answer(reference, code, ResidentChanges.PartyAnswer.ACCEPT, texts);
          case "decline" -> answer(reference, code, ResidentChanges.PartyAnswer.DECLINE, texts);
          case "leave" -> answer(reference, code, ResidentChanges.PartyAnswer.WITHDRAW, texts);
          default -> intake.track(reference, code);
        };
    if (found.isEmpty()) {
      throttle.failed(client, reference);
      errors.add(FormErrors.FORM, "", texts.text("track.notFound"));
      external.setResponseStatus(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    tracked = found.get();
    if (!errors.isEmpty()) {
      external.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  private Optional<TrackedCase> reply(String reference, String code, PageTexts texts) {
    try {
      Optional<TrackedCase> found =
          intake.reply(reference, code, value("message"), UploadedFiles.of(request));
      replied = found.isPresent();
      return found;
    } catch (InvalidRequest invalid) {
      refused(invalid, texts, field -> "track.reply.label");
    } catch (CaseRuleViolation closed) {
      errors.add("message", texts.text("track.reply.label"), texts.text("track.reply.closed"));
    }
    return intake.track(reference, code);
  }

  private Optional<TrackedCase> withdraw(String reference, String code, PageTexts texts) {
    if (!"yes".equals(value("confirm"))) {
      errors.add("confirm", texts.text("track.withdraw.confirm"), texts.problem("required"));
      return intake.track(reference, code);
    }
    try {
      if (changes.withdraw(reference, code)) {
        notice = "track.withdraw.done";
      }
    } catch (CaseRuleViolation closed) {
      errors.add(
          "confirm", texts.text("track.withdraw.confirm"), texts.text("track.withdraw.closed"));
    }
    return intake.track(reference, code);
  }

  private Optional<TrackedCase> answer(
      String reference, String code, ResidentChanges.PartyAnswer answer, PageTexts texts) {
    try {
      if (changes.answer(reference, code, answer)) {
        notice = "party.answer.done." + answer;
      }
    } catch (CaseRuleViolation refused) {
      errors.add(FormErrors.FORM, "", texts.text("party.answer.refused"));
    }
    return intake.track(reference, code);
  }

  /** Whether a mediation's signed agreement may be downloaded from the page. */
  public boolean isAgreement() {
    return tracked != null && tracked.agreement();
  }

  /** Whether the page shows a party's view of a case, not its requester's. */
  public boolean isParty() {
    return tracked != null && tracked.party() != null;
  }

  /**
   * A party's invitation as they read it: who invites them, the mediator's words and where they
   * stand; null on the requester's view.
   */
  public TrackedCase.PartyView getInvitation() {
    return tracked == null ? null : tracked.party();
  }

  public String getInvitingUnit() {
    return isParty() ? tracked.party().unit().in(visitor.get()) : "";
  }

  public String getConsentSince() {
    return isParty() ? new PageTexts(visitor.get()).dateTime(tracked.party().at()) : "";
  }

  private Optional<TrackedCase> contact(String reference, String code, PageTexts texts) {
    ResidentChanges.MailChoice mail;
    try {
      mail = ResidentChanges.MailChoice.valueOf(value("mail"));
    } catch (IllegalArgumentException unknown) {
      mail = ResidentChanges.MailChoice.KEEP;
    }
    try {
      if (changes.changeContact(reference, code, value("phone"), value("email"), mail)) {
        notice = "track.contact.done";
      }
    } catch (InvalidRequest invalid) {
      refused(invalid, texts, field -> "track.contact." + field);
    }
    return intake.track(reference, code);
  }

  /** Each problem of a refused change beside its field, labelled by the key {@code label} gives. */
  private void refused(
      InvalidRequest invalid, PageTexts texts, java.util.function.UnaryOperator<String> label) {
    invalid
        .problems()
        .forEach(
            p ->
                errors.add(
                    p.field(), texts.text(label.apply(p.field())), texts.problem(p.problem())));
  }

  /** What the page says was done, in the visitor's language; empty when nothing was. */
  public String getNotice() {
    return notice == null ? "" : new PageTexts(visitor.get()).text(notice);
  }

  public FormErrors getErrors() {
    return errors;
  }

  public boolean isFound() {
    return tracked != null;
  }

  public boolean isReplied() {
    return replied;
  }

  /** Whether the request is still open, and so can be withdrawn. */
  public boolean isOpen() {
    return tracked != null && tracked.status().isOpen();
  }

  public boolean isTakesReplies() {
    return tracked != null && tracked.takesReplies();
  }

  /** What was posted, to show it again; the code only goes back into the form's hidden field. */
  public String value(String name) {
    String given = request.getParameter(name);
    return "POST".equals(request.getMethod()) && given != null ? given : "";
  }

  /** The reply box keeps its text only when the reply was refused. */
  public String getUnsentMessage() {
    return replied ? "" : value("message");
  }

  public String getReference() {
    return tracked == null ? "" : tracked.reference().toString();
  }

  public String getStatus() {
    return tracked == null ? "" : new PageTexts(visitor.get()).text("status." + tracked.status());
  }

  /**
   * The expected date and how many business days away it is, or that the request waits for the
   * resident's answer; empty for a request no longer open.
   */
  public String getExpectedBy() {
    if (tracked == null || tracked.expected() == null) {
      return "";
    }
    var texts = new PageTexts(visitor.get());
    if (tracked.expected().waitingForYou()) {
      return texts.text("track.expected.waiting");
    }
    int days = tracked.expected().businessDays();
    String date = texts.date(tracked.expectedResponseBy());
    return days == 0
        ? java.text.MessageFormat.format(texts.text("track.expected.today"), date)
        : new java.text.MessageFormat(texts.text("track.expected.inDays"), visitor.get().locale())
            .format(new Object[] {date, days});
  }

  public List<StepLine> getTimeline() {
    if (tracked == null) {
      return List.of();
    }
    PageTexts texts = new PageTexts(visitor.get());
    return tracked.timeline().stream()
        .map(
            step ->
                new StepLine(
                    texts.dateTime(step.at()),
                    step.status() == null
                            || step.kind() != org.kesher.cases.entity.EventKind.STATUS_CHANGED
                        ? texts.text("event." + step.kind())
                        : texts.text("event.STATUS_CHANGED")
                            + " "
                            + texts.text("status." + step.status()),
                    step.kind() == org.kesher.cases.entity.EventKind.OUTCOME_RECORDED
                            && step.text() != null
                        ? texts.text("outcome." + step.text())
                        : step.text()))
        .toList();
  }
}
