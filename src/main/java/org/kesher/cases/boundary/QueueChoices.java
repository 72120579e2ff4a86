package org.kesher.cases.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.control.QueueFilter;
import org.kesher.ground.boundary.StaffMessages;

/**
 * What the queue's filters offer (units, request types, localities, colleagues), read once for the
 * life of the page, and the filters in force as chips a staff member can remove one by one.
 */
@Named
@ViewScoped
public class QueueChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * A filter in force: its key (as {@link QueuePage#removeFilter} takes it), the message key of its
   * name, and the value it holds, as the staff member reads it.
   */
  public record Chip(String key, String name, String value) implements Serializable {}

  @Inject QueueWorkspace workspace;

  @Inject CurrentStaff current;

  private List<QueueWorkspace.Choice> units;
  private List<QueueWorkspace.Choice> types;
  private List<QueueWorkspace.Choice> localities;
  private List<QueueWorkspace.Choice> colleagues;

  public List<QueueWorkspace.Choice> getUnits() {
    if (units == null) {
      units = workspace.unitChoices();
    }
    return units;
  }

  public List<QueueWorkspace.Choice> getTypes() {
    if (types == null) {
      types = workspace.typeChoices();
    }
    return types;
  }

  public List<QueueWorkspace.Choice> getLocalities() {
    if (localities == null) {
      localities = workspace.localityChoices();
    }
    return localities;
  }

  public List<QueueWorkspace.Choice> getColleagues() {
    if (colleagues == null) {
      colleagues = workspace.colleagueChoices();
    }
    return colleagues;
  }

  /** The filters of {@code filter} in force, in the order of the filter bar. */
  List<Chip> chips(QueueFilter filter) {
    var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(current.locale());
    List<Chip> chips = new ArrayList<>();
    add(chips, "search", "queue.search", filter.search());
    if (filter.status() != null) {
      add(
          chips,
          "status",
          "queue.status",
          StaffMessages.text(current.locale(), "status." + filter.status().name()));
    }
    add(chips, "unit", "queue.unit", label(getUnits(), filter.unitId()));
    add(chips, "requestType", "queue.type", label(getTypes(), filter.requestType()));
    add(chips, "locality", "queue.locality", label(getLocalities(), filter.locality()));
    add(chips, "assignee", "queue.assignee", label(getColleagues(), filter.assigneeId()));
    if (filter.createdFrom() != null) {
      add(chips, "createdFrom", "queue.createdFrom", dates.format(filter.createdFrom()));
    }
    if (filter.createdTo() != null) {
      add(chips, "createdTo", "queue.createdTo", dates.format(filter.createdTo()));
    }
    return chips;
  }

  private static void add(List<Chip> chips, String key, String name, String value) {
    if (value != null && !value.isBlank()) {
      chips.add(new Chip(key, name, value));
    }
  }

  /** The label of the choice holding {@code value}, or the value itself if none does. */
  private static String label(List<QueueWorkspace.Choice> choices, Object value) {
    if (value == null) {
      return null;
    }
    String wanted = String.valueOf(value);
    return choices.stream()
        .filter(c -> Objects.equals(c.value(), wanted))
        .map(QueueWorkspace.Choice::label)
        .findFirst()
        .orElse(wanted);
  }
}
