package org.kesher.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.audit.control.RetentionSettings;
import org.kesher.cases.control.CaseRetention;
import org.kesher.ground.boundary.StaffMessages;

/**
 * The administrators' retention page ({@code staff/admin/retention.xhtml}): each request type's
 * months, and what the next run of the job will do to its cases: how many it anonymises and how
 * many a legal hold keeps. Counts only, never a case.
 */
@Named("retentionAdmin")
@ViewScoped
public class RetentionPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient CaseRetention retention;

  @Inject transient RetentionSettings settings;

  @Inject transient CurrentStaff current;

  /** One type's line: its retention and the next run's counts. */
  public record Row(long typeId, String code, String name, long due, long held)
      implements Serializable {}

  private final Map<Long, Integer> months = new HashMap<>();
  private List<Row> rows;

  @RolesAllowed("ADMINISTRATOR")
  public List<Row> getRows() {
    if (rows == null) {
      rows =
          retention.preview(Clock.systemUTC().instant()).stream()
              .map(
                  p -> {
                    months.putIfAbsent(p.type().id(), p.type().retentionMonths());
                    return new Row(
                        p.type().id(),
                        p.type().code(),
                        p.type().name().in(current.language()),
                        p.due(),
                        p.held());
                  })
              .toList();
    }
    return rows;
  }

  /** The months typed for each type, by its id. */
  public Map<Long, Integer> getMonths() {
    return months;
  }

  @RolesAllowed("ADMINISTRATOR")
  @Transactional
  public void save() {
    if (!months.values().stream().allMatch(RetentionSettings::allowed)) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, "retention.monthsRange");
      return;
    }
    settings.keep(months);
    StaffMessages.say(current.locale(), FacesMessage.SEVERITY_INFO, "retention.saved");
    rows = null;
  }
}
