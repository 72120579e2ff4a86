package org.kesher.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kesher.catalogue.control.CatalogueAdmin.Versioned;
import org.kesher.catalogue.control.ReplyDraft;
import org.kesher.catalogue.control.UnitDraft;

/** The administrators' canned replies, per unit (or for all) and language. */
@Named("repliesAdmin")
@ViewScoped
public class RepliesPage extends AdminScreen {

  private static final long serialVersionUID = 1L;

  /** A reply as listed, with its unit's name. */
  public record ReplyRow(Versioned<ReplyDraft> reply, String unit)
      implements java.io.Serializable {}

  private List<ReplyRow> rows;

  private Long id;
  private long version;
  private Long unit;
  private String language = "he";
  private String title;
  private String body;

  @Override
  protected List<String> shownFields() {
    return List.of("unit", "language", "title", "body");
  }

  public List<Choice> getUnitChoices() {
    return admin.units().stream()
        .map(Versioned::draft)
        .filter(UnitDraft::active)
        .map(u -> new Choice(u.id(), shown(u.name())))
        .toList();
  }

  public List<ReplyRow> getReplies() {
    if (rows == null) {
      Map<Long, String> units =
          admin.units().stream()
              .map(Versioned::draft)
              .collect(Collectors.toMap(UnitDraft::id, u -> shown(u.name())));
      String all = text("adminCat.allUnits");
      rows =
          admin.replies().stream()
              .map(
                  r ->
                      new ReplyRow(
                          r, r.draft().unitId() == null ? all : units.get(r.draft().unitId())))
              .toList();
    }
    return rows;
  }

  @RolesAllowed("ADMINISTRATOR")
  public void edit(Versioned<ReplyDraft> row) {
    clearErrors();
    ReplyDraft reply = row.draft();
    id = reply.id();
    version = row.version();
    unit = reply.unitId();
    language = reply.language();
    title = reply.title();
    body = reply.body();
  }

  @RolesAllowed("ADMINISTRATOR")
  public void startNew() {
    clearErrors();
    id = null;
    version = 0;
    unit = null;
    language = "he";
    title = null;
    body = null;
  }

  @RolesAllowed("ADMINISTRATOR")
  public void save() {
    var draft = new ReplyDraft(id, unit, language, title, body);
    if (report(admin.saveReply(draft, version), "adminCat.saved")) {
      rows = null;
      startNew();
    }
  }

  @RolesAllowed("ADMINISTRATOR")
  public void remove(Versioned<ReplyDraft> row) {
    var outcome = admin.removeReply(row.draft().id(), row.version());
    if (outcome.saved()) {
      rows = null;
      if (row.draft().id().equals(id)) {
        startNew();
      }
    }
    reportRow(outcome, "adminCat.removed");
  }

  public boolean isEditing() {
    return id != null;
  }

  public Long getUnit() {
    return unit;
  }

  public void setUnit(Long unit) {
    this.unit = unit;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
