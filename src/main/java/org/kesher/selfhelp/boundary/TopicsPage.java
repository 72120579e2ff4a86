package org.kesher.selfhelp.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kesher.catalogue.boundary.AdminScreen;
import org.kesher.catalogue.boundary.TextsInput;

/**
 * The administrators' list of the self-help directory's topics ({@code staff/admin/topics.xhtml}):
 * each topic's code and its name in every language; a topic is switched off, not deleted.
 */
@Named("topicsAdmin")
@ViewScoped
public class TopicsPage extends AdminScreen {

  private static final long serialVersionUID = 1L;

  @Inject GroupDesk desk;

  private List<GroupDesk.TopicRow> rows;
  private Long id;
  private String code;
  private TextsInput name = new TextsInput();
  private boolean active = true;

  @Override
  protected List<String> shownFields() {
    return List.of("code", "name");
  }

  public List<GroupDesk.TopicRow> getTopics() {
    if (rows == null) {
      rows = desk.topicRows();
    }
    return rows;
  }

  @RolesAllowed("ADMINISTRATOR")
  public void edit(GroupDesk.TopicRow row) {
    clearErrors();
    id = row.id();
    code = row.code();
    name = new TextsInput(row.names());
    active = row.active();
  }

  @RolesAllowed("ADMINISTRATOR")
  public void startNew() {
    clearErrors();
    id = null;
    code = null;
    name = new TextsInput();
    active = true;
  }

  @RolesAllowed("ADMINISTRATOR")
  public void save() {
    var outcome = desk.saveTopic(id, code, name.texts(), active);
    if (report(outcome, "topics.saved")) {
      id = outcome.id();
      rows = null;
    }
  }

  public boolean isEditing() {
    return id != null;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public TextsInput getName() {
    return name;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }
}
