package org.kesher.audit.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Event;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.audit.control.AccessLogCheck;
import org.kesher.audit.control.AccessLogSearch;
import org.kesher.audit.entity.AccessEntry;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Israel;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The privacy officer's access log ({@code staff/privacy/access-log.xhtml}): the entries found by
 * staff member, object, days, action and outcome, a page at a time however many there are; the link
 * to their CSV export; the chain's check and the last days' heads. It shows who reached what, never
 * a case's content.
 */
@Named("accessLog")
@ViewScoped
@RolesAllowed("PRIVACY_OFFICER")
public class AccessLogPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One entry as the page shows it. */
  public record Line(
      long id,
      String time,
      String staff,
      String client,
      String action,
      String objectKind,
      String object,
      boolean granted,
      String extent,
      String detail)
      implements Serializable {}

  @Inject transient AccessLogSearch search;

  @Inject transient AccessLogCheck check;

  @Inject transient CurrentStaff current;

  @Inject transient Event<Accessed> accessed;

  private String staff;
  private String object;
  private LocalDate from;
  private LocalDate to;
  private String action;
  private String outcome;
  private AccessLogCheck.Verification verification;

  private final LazyDataModel<Line> entries =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, search.count(filter()));
        }

        @Override
        public List<Line> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          return search.page(filter(), first, pageSize).stream()
              .map(AccessLogPage.this::line)
              .toList();
        }

        @Override
        public String getRowKey(Line line) {
          return String.valueOf(line.id());
        }
      };

  public LazyDataModel<Line> getEntries() {
    return entries;
  }

  AccessLogSearch.Filter filter() {
    return new AccessLogSearch.Filter(
        staff,
        object,
        from,
        to,
        action == null || action.isBlank() ? null : Accessed.Action.valueOf(action),
        outcome == null || outcome.isBlank() ? null : "granted".equals(outcome));
  }

  private Line line(AccessEntry e) {
    return new Line(
        e.id(),
        Israel.dateTime(current.locale(), e.happenedAt()),
        e.staffName().orElse(""),
        e.client().orElse(""),
        e.action().name(),
        e.objectKind().name(),
        e.objectRef().orElse(""),
        e.granted(),
        e.extent().name(),
        e.detail().orElse(""));
  }

  /** The search as the export link's query string carries it. */
  public String getExportQuery() {
    StringBuilder q = new StringBuilder();
    append(q, "staff", staff);
    append(q, "object", object);
    append(q, "from", from == null ? null : from.toString());
    append(q, "to", to == null ? null : to.toString());
    append(q, "action", action);
    append(q, "outcome", outcome);
    return q.toString();
  }

  private static void append(StringBuilder q, String name, String value) {
    if (value != null && !value.isBlank()) {
      q.append(q.length() == 0 ? "?" : "&")
          .append(name)
          .append('=')
          .append(
              java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  /** Walks the whole chain and says what it found; the check is itself recorded. */
  @RolesAllowed("PRIVACY_OFFICER")
  @jakarta.transaction.Transactional
  public void verify() {
    verification = check.verify();
    accessed.fire(
        new Accessed(
            Accessed.Action.ACCESS_LOG_VERIFIED,
            Accessed.ObjectKind.ACCESS_LOG,
            null,
            true,
            Accessed.Extent.NONE,
            null,
            null,
            verification.firstProblem()));
    if (verification.intact()) {
      StaffMessages.say(
          current.locale(),
          FacesMessage.SEVERITY_INFO,
          "accessLog.intact",
          verification.links(),
          verification.days());
    } else {
      StaffMessages.say(
          current.locale(),
          FacesMessage.SEVERITY_ERROR,
          "accessLog.broken",
          verification.findings().size(),
          verification.firstProblem());
    }
  }

  public AccessLogCheck.Verification getVerification() {
    return verification;
  }

  /** A sealed day as the page shows it. */
  public record Head(LocalDate day, long entries, String head) implements Serializable {}

  public List<Head> getHeads() {
    return search.lastHeads(14).stream()
        .map(d -> new Head(d.day(), d.entries(), d.head()))
        .toList();
  }

  public List<String> getActions() {
    return Arrays.stream(Accessed.Action.values()).map(Enum::name).toList();
  }

  public String getStaff() {
    return staff;
  }

  public void setStaff(String staff) {
    this.staff = staff;
  }

  public String getObject() {
    return object;
  }

  public void setObject(String object) {
    this.object = object;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }
}
