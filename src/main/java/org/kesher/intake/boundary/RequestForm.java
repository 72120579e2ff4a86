package org.kesher.intake.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kesher.cases.entity.Channel;
import org.kesher.catalogue.boundary.CatalogueViews.FieldView;
import org.kesher.catalogue.boundary.CatalogueViews.LocalityView;
import org.kesher.catalogue.boundary.CatalogueViews.ProgrammeView;
import org.kesher.catalogue.boundary.CatalogueViews.RequestTypeView;
import org.kesher.ground.boundary.VisitorLanguage;
import org.kesher.ground.control.Language;
import org.kesher.intake.control.FormDefinition;
import org.kesher.intake.control.FormPost;
import org.kesher.intake.control.Intake;
import org.kesher.intake.control.IntakeTurns;
import org.kesher.intake.control.InvalidRequest;
import org.kesher.intake.control.Receipt;
import org.kesher.intake.control.SubmissionThrottle;

/**
 * The public form of one request type ({@code request.xhtml?type=...}). Its fields come from the
 * type's definition; a POST goes through the same rules as the API, and either redirects to the
 * confirmation or shows the form again with every problem and everything the resident typed.
 */
@PermitAll
@Named
@RequestScoped
public class RequestForm {

  static final String RECEIPT_COOKIE = "kesher-receipt";

  @Inject FormPages pages;

  @Inject Intake intake;

  @Inject IntakeTurns turns;

  @Inject SubmissionThrottle submissions;

  @Inject ConfirmationTickets tickets;

  @Inject VisitorLanguage visitor;

  @Inject HttpServletRequest request;

  private RequestTypeView type;
  private List<ProgrammeView> programmes = List.of();
  private FormDefinition form;
  private List<LocalityView> localities;
  private Map<String, String[]> posted = Map.of();
  private final FormErrors errors = new FormErrors();
  private boolean filesToChooseAgain;

  /** The page's view action: finds the type, and takes in a posted form. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    Optional<FormPages.Form> found =
        Optional.ofNullable(request.getParameter("type"))
            .flatMap(code -> pages.form(code, language()));
    if (found.isEmpty()) {
      external.responseSendError(HttpServletResponse.SC_NOT_FOUND, "");
      faces.responseComplete();
      return;
    }
    type = found.get().view();
    programmes = found.get().programmes();
    form = found.get().definition();
    if ("POST".equals(request.getMethod())) {
      submit(faces, external);
    }
  }

  private void submit(FacesContext faces, ExternalContext external) throws IOException {
    posted = request.getParameterMap();
    PageTexts texts = new PageTexts(language());
    if (!mayOpen(texts, external)) {
      return;
    }
    try {
      Receipt receipt =
          turns.open(
              () ->
                  intake.open(FormPost.toJson(posted, form), UploadedFiles.of(request), channel()));
      accepted(receipt, faces, external);
    } catch (InvalidRequest invalid) {
      for (InvalidRequest.FieldProblem problem : invalid.problems()) {
        errors.add(
            problem.field(), label(problem.field(), texts), texts.problem(problem.problem()));
      }
      filesToChooseAgain = !UploadedFiles.of(request).isEmpty();
      external.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
    }
  }

  /** A resident's form: not from a bot, and within the client's hourly allowance. */
  boolean mayOpen(PageTexts texts, ExternalContext external) {
    if (FormPost.isFromBot(posted)) {
      errors.add(FormErrors.FORM, "", texts.text("form.rejected"));
      external.setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
      return false;
    }
    if (!submissions.tryOpen(request.getRemoteAddr())) {
      errors.add(FormErrors.FORM, "", texts.text("form.tooMany"));
      external.setResponseStatus(429);
      external.setResponseHeader("Retry-After", String.valueOf(submissions.retryAfterSeconds()));
      return false;
    }
    return true;
  }

  /** The language the page speaks: the visitor's. */
  Language language() {
    return visitor.get();
  }

  Channel channel() {
    return Channel.WEB_FORM;
  }

  /** The resident's receipt goes to the confirmation page, which shows it once. */
  void accepted(Receipt receipt, FacesContext faces, ExternalContext external) throws IOException {
    var cookie = new Cookie(RECEIPT_COOKIE, tickets.keep(receipt));
    cookie.setPath(request.getContextPath() + "/confirmation.xhtml");
    cookie.setHttpOnly(true);
    cookie.setMaxAge((int) ConfirmationTickets.LIFETIME.toSeconds());
    cookie.setAttribute("SameSite", "Strict");
    ((HttpServletResponse) external.getResponse()).addCookie(cookie);
    external.redirect(request.getContextPath() + "/confirmation.xhtml");
    faces.responseComplete();
  }

  private String label(String field, PageTexts texts) {
    if (field.startsWith(UploadedFiles.FIELD)) {
      return texts.text("form.field.attachments");
    }
    if (field.startsWith("answers.")) {
      String code = field.substring("answers.".length());
      return type.fields().stream()
          .filter(f -> f.code().equals(code))
          .map(FieldView::label)
          .findFirst()
          .orElse(code);
    }
    return texts.text("form.field." + field);
  }

  public RequestTypeView getType() {
    return type;
  }

  /** The programmes a request of this type may name (none for most types). */
  public List<ProgrammeView> getProgrammes() {
    return programmes;
  }

  /** Whether a programme is the one chosen: as posted, else as the link to the form named it. */
  public boolean programmeChosen(String code) {
    String given = "POST".equals(request.getMethod()) ? value("programme") : null;
    return code.equals(given == null ? request.getParameter("programme") : given);
  }

  public List<LocalityView> getLocalities() {
    if (localities == null) {
      localities = pages.localities(language());
    }
    return localities;
  }

  public FormErrors getErrors() {
    return errors;
  }

  /** What the resident typed into a field, to show it again. */
  public String value(String field) {
    String[] values = posted.get(field);
    return values == null || values.length == 0 ? "" : values[0];
  }

  /** Whether an option (or a checkbox, with option "true") was chosen in the posted form. */
  public boolean chosen(String field, String option) {
    String[] values = posted.get(field);
    return values != null && Arrays.asList(values).contains(option);
  }

  /** The preferred language: as posted, else the page's. */
  public String getPreferredLanguage() {
    String given = value("language");
    return given.isEmpty() ? language().code() : given;
  }

  /** A form shown again cannot keep its files: the resident is told to choose them again. */
  public boolean isFilesToChooseAgain() {
    return filesToChooseAgain;
  }

  public String getHoneypot() {
    return FormPost.HONEYPOT;
  }
}
