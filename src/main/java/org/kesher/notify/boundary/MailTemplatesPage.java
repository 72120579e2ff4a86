package org.kesher.notify.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Language;
import org.kesher.notify.control.MailTemplateEditing;
import org.kesher.notify.control.MailTemplateStore;
import org.kesher.notify.control.MailTemplates;

/**
 * The administrators' mail templates: pick a kind of mail and a language, change subject and body,
 * preview them with example values, save, or go back to the shipped text.
 */
@Named("mailTemplatesAdmin")
@ViewScoped
public class MailTemplatesPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MailTemplateEditing editing;

  @Inject MailTemplateStore store;

  @Inject CurrentStaff workspace;

  private String kind = "RECEIVED";
  private String language = "he";
  private String subject;
  private String body;
  private MailTemplates.Rendered preview;
  private List<String> problems = List.of();
  private long version = MailTemplateEditing.SHIPPED;

  @PostConstruct
  void load() {
    open();
  }

  /** Loads the chosen kind and language into the form. */
  @RolesAllowed("ADMINISTRATOR")
  public void open() {
    MailTemplates.Text text = store.text(kind, chosenLanguage());
    subject = text.subject();
    body = text.body();
    version = editing.version(kind, chosenLanguage());
    problems = List.of();
    preview = null;
  }

  private Language chosenLanguage() {
    return Language.fromCode(language).orElse(Language.DEFAULT);
  }

  @RolesAllowed("ADMINISTRATOR")
  public void showPreview() {
    problems = MailTemplateEditing.problems(subject, body);
    preview =
        problems.isEmpty()
            ? MailTemplateEditing.preview(kind, chosenLanguage(), subject, body)
            : null;
  }

  @RolesAllowed("ADMINISTRATOR")
  public void save() {
    problems = editing.save(kind, chosenLanguage(), subject, body, version);
    if (problems.isEmpty()) {
      version = editing.version(kind, chosenLanguage());
      message(FacesMessage.SEVERITY_INFO, "mail.saved");
      preview = MailTemplateEditing.preview(kind, chosenLanguage(), subject, body);
    } else {
      message(FacesMessage.SEVERITY_ERROR, "mail.notSaved");
    }
  }

  @RolesAllowed("ADMINISTRATOR")
  public void reset() {
    editing.reset(kind, chosenLanguage());
    open();
    message(FacesMessage.SEVERITY_INFO, "mail.reset");
  }

  private void message(FacesMessage.Severity severity, String key) {
    StaffMessages.say(workspace.locale(), severity, key);
  }

  public List<String> getKinds() {
    return MailTemplates.kinds();
  }

  public boolean isChanged() {
    return editing.changed(kind, chosenLanguage());
  }

  public List<String> getProblems() {
    return problems;
  }

  public MailTemplates.Rendered getPreview() {
    return preview;
  }

  public String getPreviewDirection() {
    return chosenLanguage().direction();
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = MailTemplates.kinds().contains(kind) ? kind : "RECEIVED";
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = Language.fromCode(language).map(Language::code).orElse("he");
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
