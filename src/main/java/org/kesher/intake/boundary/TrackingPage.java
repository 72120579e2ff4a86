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
    Optional<TrackedCase> found;
    if ("reply".equals(value("action"))) {
      try {
        found = intake.reply(reference, code, value("message"), UploadedFiles.of(request));
        replied = found.isPresent();
      } catch (InvalidRequest invalid) {
        invalid
            .problems()
            .forEach(
                p ->
                    errors.add(
                        p.field(), texts.text("track.reply.label"), texts.problem(p.problem())));
        found = intake.track(reference, code);
      } catch (CaseRuleViolation closed) {
        errors.add("message", texts.text("track.reply.label"), texts.text("track.reply.closed"));
        found = intake.track(reference, code);
      }
    } else {
      found = intake.track(reference, code);
    }
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

  public FormErrors getErrors() {
    return errors;
  }

  public boolean isFound() {
    return tracked != null;
  }

  public boolean isReplied() {
    return replied;
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

  public String getExpectedBy() {
    return tracked == null ? "" : new PageTexts(visitor.get()).date(tracked.expectedResponseBy());
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
                    step.text()))
        .toList();
  }
}
