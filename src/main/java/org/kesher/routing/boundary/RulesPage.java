package org.kesher.routing.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kesher.catalogue.boundary.AdminScreen;
import org.kesher.catalogue.boundary.Choice;
import org.kesher.catalogue.control.CatalogueAdmin.Versioned;
import org.kesher.catalogue.control.RuleDraft;
import org.kesher.catalogue.control.UnitDraft;
import org.kesher.routing.control.RoutingTable;

/**
 * The administrators' routing rules: the list, a new rule, a rule's match, unit and priority,
 * switching one off or on, and which rule wins for a request type and locality.
 */
@Named("rulesAdmin")
@ViewScoped
public class RulesPage extends AdminScreen {

  private static final long serialVersionUID = 1L;

  /** A rule as listed, with the names of what it matches and where it routes. */
  public record RuleRow(Versioned<RuleDraft> rule, String type, String locality, String unit)
      implements java.io.Serializable {}

  private List<RuleRow> rows;

  private Long id;
  private long version;
  private Long type;
  private Long locality;
  private Long unit;
  private String priority = "100";
  private boolean active = true;

  private Long tryType;
  private Long tryLocality;
  private String winner;

  @Override
  protected List<String> shownFields() {
    return List.of("type", "locality", "unit", "priority", "active");
  }

  public List<Choice> getTypeChoices() {
    return admin.types().stream()
        .map(t -> new Choice(t.draft().id(), shown(t.draft().name())))
        .toList();
  }

  public List<Choice> getLocalityChoices() {
    return admin.localities(language()).stream().map(l -> new Choice(l.id(), l.name())).toList();
  }

  /** Active units only: a rule never routes to a switched-off unit. */
  public List<Choice> getUnitChoices() {
    return admin.units().stream()
        .map(Versioned::draft)
        .filter(UnitDraft::active)
        .map(u -> new Choice(u.id(), shown(u.name())))
        .toList();
  }

  public List<RuleRow> getRules() {
    if (rows == null) {
      Map<Long, String> types =
          getTypeChoices().stream().collect(Collectors.toMap(Choice::id, Choice::name));
      Map<Long, String> places =
          getLocalityChoices().stream().collect(Collectors.toMap(Choice::id, Choice::name));
      Map<Long, String> units =
          admin.units().stream()
              .map(Versioned::draft)
              .collect(Collectors.toMap(UnitDraft::id, u -> shown(u.name())));
      String anyType = text("adminCat.anyType");
      String anyPlace = text("adminCat.anyLocality");
      rows =
          admin.rules().stream()
              .map(
                  r ->
                      new RuleRow(
                          r,
                          r.draft().requestTypeId() == null
                              ? anyType
                              : types.get(r.draft().requestTypeId()),
                          r.draft().localityId() == null
                              ? anyPlace
                              : places.get(r.draft().localityId()),
                          units.get(r.draft().unitId())))
              .toList();
    }
    return rows;
  }

  @RolesAllowed("ADMINISTRATOR")
  public void edit(Versioned<RuleDraft> row) {
    clearErrors();
    RuleDraft rule = row.draft();
    id = rule.id();
    version = row.version();
    type = rule.requestTypeId();
    locality = rule.localityId();
    unit = rule.unitId();
    priority = Integer.toString(rule.priority());
    active = rule.active();
  }

  @RolesAllowed("ADMINISTRATOR")
  public void startNew() {
    clearErrors();
    id = null;
    version = 0;
    type = null;
    locality = null;
    unit = null;
    priority = "100";
    active = true;
  }

  @RolesAllowed("ADMINISTRATOR")
  public void save() {
    var draft = new RuleDraft(id, type, locality, unit, number(priority, -1), active);
    if (report(admin.saveRule(draft, version), "adminCat.saved")) {
      rows = null;
      startNew();
    }
  }

  @RolesAllowed("ADMINISTRATOR")
  public void switchActive(Versioned<RuleDraft> row) {
    RuleDraft rule = row.draft();
    var switched =
        new RuleDraft(
            rule.id(),
            rule.requestTypeId(),
            rule.localityId(),
            rule.unitId(),
            rule.priority(),
            !rule.active());
    var outcome = admin.saveRule(switched, row.version());
    if (outcome.saved()) {
      rows = null;
    }
    reportRow(outcome, switched.active() ? "adminCat.switchedOn" : "adminCat.switchedOff");
  }

  /** Which active rule the router would choose for the chosen type and locality, as it does. */
  @RolesAllowed("ADMINISTRATOR")
  public void tryRoute() {
    if (tryType == null) {
      winner = "";
      return;
    }
    var table =
        new RoutingTable(
            admin.rules().stream()
                .map(Versioned::draft)
                .filter(RuleDraft::active)
                .map(
                    r ->
                        new RoutingTable.Route(
                            r.id(), r.requestTypeId(), r.localityId(), r.unitId(), r.priority()))
                .toList());
    Map<Long, UnitDraft> units =
        admin.units().stream()
            .map(Versioned::draft)
            .collect(Collectors.toMap(UnitDraft::id, Function.identity()));
    winner =
        table
            .ruleFor(tryType, tryLocality)
            .map(
                r ->
                    text(
                        "adminCat.winner",
                        List.of(Long.toString(r.ruleId()), shown(units.get(r.unitId()).name()))))
            .orElseGet(
                () ->
                    text(
                        "adminCat.noWinner",
                        List.of(
                            units.values().stream()
                                .filter(UnitDraft::intakeDesk)
                                .map(u -> shown(u.name()))
                                .filter(Objects::nonNull)
                                .findFirst()
                                .orElse(""))));
  }

  public boolean isEditing() {
    return id != null;
  }

  public Long getId() {
    return id;
  }

  public Long getType() {
    return type;
  }

  public void setType(Long type) {
    this.type = type;
  }

  public Long getLocality() {
    return locality;
  }

  public void setLocality(Long locality) {
    this.locality = locality;
  }

  public Long getUnit() {
    return unit;
  }

  public void setUnit(Long unit) {
    this.unit = unit;
  }

  public String getPriority() {
    return priority;
  }

  public void setPriority(String priority) {
    this.priority = priority;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean active) {
    this.active = active;
  }

  public Long getTryType() {
    return tryType;
  }

  public void setTryType(Long tryType) {
    this.tryType = tryType;
  }

  public Long getTryLocality() {
    return tryLocality;
  }

  public void setTryLocality(Long tryLocality) {
    this.tryLocality = tryLocality;
  }

  public String getWinner() {
    return winner;
  }
}
