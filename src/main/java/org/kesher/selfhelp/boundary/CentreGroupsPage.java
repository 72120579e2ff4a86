package org.kesher.selfhelp.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Language;
import org.kesher.selfhelp.entity.GroupKind;

/**
 * A self-help centre's entries of the directory ({@code staff/groups.xhtml}): the list (those
 * waiting for the group's yearly confirmation first), a new draft, and one entry to complete,
 * publish, confirm with the group or hide ({@code ?id=}).
 */
@Named
@ViewScoped
public class CentreGroupsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StaffViewer staff;

  @Inject CurrentStaff current;

  @Inject GroupDesk desk;

  @Inject org.kesher.catalogue.boundary.ShownCatalogue catalogue;

  private Long id;
  private GroupDesk.EntryForm entry;
  private String newName;
  private String newCentre;
  private EntryInputs inputs = new EntryInputs();

  /** The page's view action: the entry asked for, its inputs filled from it. */
  @RolesAllowed("STAFF")
  public void load() {
    if (id == null || entry != null) {
      return;
    }
    try {
      entry = desk.entry(staff.viewer(), id);
    } catch (CaseRuleViolation unknown) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, unknown.code());
      id = null;
      return;
    }
    inputs = new EntryInputs(entry);
  }

  @RolesAllowed("STAFF")
  public List<GroupDesk.EntryRow> getRows() {
    return desk.kept(staff.viewer(), current.language());
  }

  @RolesAllowed("STAFF")
  public Map<Long, String> getCentres() {
    return desk.centres(staff.viewer(), current.language());
  }

  @RolesAllowed("STAFF")
  public List<org.kesher.catalogue.boundary.CatalogueViews.LocalityView> getLocalities() {
    return catalogue.in(current.language()).localities();
  }

  @RolesAllowed("STAFF")
  public List<GroupDesk.TopicChoice> getTopicChoices() {
    return desk.topics(current.language());
  }

  @RolesAllowed("STAFF")
  public String start() {
    long centre;
    try {
      centre = Long.parseLong(newCentre == null ? "" : newCentre);
    } catch (NumberFormatException none) {
      centre = getCentres().keySet().stream().findFirst().orElse(-1L);
    }
    long chosen = centre;
    return act(() -> id = desk.start(staff.viewer(), chosen, newName), "groups.started");
  }

  @RolesAllowed("STAFF")
  public String save() {
    return act(
        () ->
            desk.save(
                staff.viewer(),
                id,
                entry.version(),
                inputs.details(),
                inputs.getLocality(),
                inputs.getTopics()),
        "groups.saved");
  }

  @RolesAllowed("STAFF")
  public String publish() {
    return act(() -> desk.publish(staff.viewer(), id), "groups.published");
  }

  @RolesAllowed("STAFF")
  public String confirm() {
    return act(() -> desk.confirm(staff.viewer(), id), "groups.confirmed");
  }

  @RolesAllowed("STAFF")
  public String hide() {
    return act(() -> desk.hide(staff.viewer(), id), "groups.hidden");
  }

  private String act(Runnable change, String done) {
    try {
      change.run();
    } catch (CaseRuleViolation refused) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, refused.code());
      return null;
    } catch (IllegalArgumentException wrong) {
      StaffMessages.say(
          current.locale(), FacesMessage.SEVERITY_ERROR, "group.invalid." + wrong.getMessage());
      return null;
    } catch (OptimisticLockException | jakarta.transaction.TransactionalException stale) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, "groups.stale");
      return null;
    }
    StaffMessages.say(current.locale(), FacesMessage.SEVERITY_INFO, done);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    return "/staff/groups.xhtml?faces-redirect=true" + (id == null ? "" : "&id=" + id);
  }

  /** A moment in the staff member's language and Israel's time. */
  @jakarta.annotation.security.PermitAll
  public String date(java.time.Instant at) {
    return at == null ? "" : org.kesher.ground.control.Israel.date(current.locale(), at);
  }

  public List<String> getKinds() {
    return java.util.Arrays.stream(GroupKind.values()).map(Enum::name).toList();
  }

  public List<String> getLanguageCodes() {
    return java.util.Arrays.stream(Language.values()).map(Language::code).toList();
  }

  public GroupDesk.EntryForm getEntry() {
    return entry;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getNewCentre() {
    return newCentre;
  }

  public void setNewCentre(String newCentre) {
    this.newCentre = newCentre;
  }

  public EntryInputs getInputs() {
    return inputs;
  }
}
