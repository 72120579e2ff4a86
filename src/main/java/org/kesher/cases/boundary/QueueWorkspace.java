package org.kesher.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.control.CaseQueries;
import org.kesher.cases.control.Queue;
import org.kesher.cases.control.QueueExportRows;
import org.kesher.cases.control.QueueFilter;
import org.kesher.cases.control.QueueViews;
import org.kesher.cases.control.TimeLeft;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.QueueView;
import org.kesher.catalogue.control.BusinessCalendar;
import org.kesher.catalogue.control.BusinessCalendars;
import org.kesher.catalogue.control.CatalogueNames;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.ground.control.Causes;
import org.kesher.ground.control.Language;

/**
 * The logged-in staff member's queues: the lines, counts and saved view of what the visibility rule
 * lets them see, and the filters' choices, in their language. The queue page, its selection and the
 * layout's navigation read through it; the badges are counted once a request for all of them.
 */
@RequestScoped
public class QueueWorkspace {

  /**
   * One line of a queue: what a list shows of a case. The requester's name is left out of lists for
   * a sealed case (the case page shows it to whoever may open it); {@code leftKey} and {@code
   * leftAmount} say the time to the due date ({@link TimeLeft}), the key empty without one.
   */
  public record QueueLine(
      String reference,
      String requester,
      String type,
      String unit,
      String status,
      String assignee,
      String due,
      String leftKey,
      long leftAmount,
      String leftState,
      String activity,
      String confidentiality,
      String locality,
      String created)
      implements java.io.Serializable {}

  /** A choice in a queue filter: its value and what the staff member reads. */
  public record Choice(String value, String label) implements java.io.Serializable {}

  @Inject CurrentStaff current;

  @Inject StaffViewer viewer;

  @Inject StaffAccounts accounts;

  @Inject CaseQueries cases;

  @Inject QueueViews views;

  @Inject CatalogueNames catalogue;

  @Inject BusinessCalendars calendars;

  /** Asked for more than once while a page renders: counted once per request. */
  private Map<Queue, Long> badges;

  private StaffAccount staff() {
    return current.account();
  }

  Viewer viewer() {
    return viewer.viewer();
  }

  /** A queue's lines, a page at a time, as the lazy table asks for them. */
  List<QueueLine> lines(QueueFilter filter, CaseQueries.Order order, int first, int max) {
    return lines(cases.queue(viewer(), filter, order, first, max));
  }

  /** The whole queue's lines for an export ({@link QueueExportRows}). */
  List<QueueLine> allLines(QueueFilter filter, CaseQueries.Order order) {
    return lines(QueueExportRows.all(cases, viewer(), filter, order));
  }

  private List<QueueLine> lines(List<CaseFile> found) {
    Language language = staff().language();
    var dates =
        DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT)
            .withLocale(language.locale())
            .withZone(BusinessCalendar.ISRAEL);
    Instant now = Instant.now();
    CatalogueNames.Names names = catalogue.current();
    return found.stream()
        .map(c -> line(c, language, names, dates, now, calendars.of(c.unit())))
        .toList();
  }

  /**
   * A list's count: for a work queue its badge, already counted for this page, when nothing narrows
   * it.
   */
  long count(QueueFilter filter) {
    return filter.isWholeQueue() && filter.queue().isWorkQueue()
        ? badges().getOrDefault(filter.queue(), 0L)
        : cases.count(viewer(), filter);
  }

  Map<Queue, Long> badges() {
    if (badges == null) {
      badges = cases.badges(viewer(), null);
    }
    return badges;
  }

  /** The staff member's saved queue view. */
  QueueView queueView() {
    return views.of(staff().id());
  }

  /**
   * Keeps a change of the staff member's view. When another change of it (another tab) committed in
   * between, the change is applied once more on the view as that one left it: the later stands.
   */
  void keepQueueView(java.util.function.Consumer<QueueView> change) {
    try {
      views.change(staff().id(), change);
    } catch (RuntimeException e) {
      if (!Causes.any(e, jakarta.persistence.OptimisticLockException.class::isInstance)) {
        throw e;
      }
      views.change(staff().id(), change);
    }
  }

  /** The units a queue can be narrowed to, in the staff member's language. */
  List<Choice> unitChoices() {
    Language language = current.language();
    return catalogue.current().activeUnits().stream()
        .map(u -> new Choice(String.valueOf(u.id()), u.in(language)))
        .toList();
  }

  List<Choice> typeChoices() {
    Language language = current.language();
    return catalogue.current().activeTypes().stream()
        .map(t -> new Choice(t.code(), t.in(language)))
        .toList();
  }

  List<Choice> localityChoices() {
    Language language = current.language();
    return catalogue.current().activeLocalities().stream()
        .map(l -> new Choice(l.code(), l.in(language)))
        .toList();
  }

  /** The colleagues of the staff member's units, to filter by caseworker or give cases to. */
  List<Choice> colleagueChoices() {
    return accounts.membersOf(viewer().memberOf()).stream()
        .map(a -> new Choice(String.valueOf(a.id()), a.displayName()))
        .toList();
  }

  private static QueueLine line(
      CaseFile c,
      Language language,
      CatalogueNames.Names names,
      DateTimeFormatter dates,
      Instant now,
      BusinessCalendar calendar) {
    var left =
        TimeLeft.of(
            c.serviceDates().resolutionWarning(),
            c.resolutionDue().orElse(null),
            c.status() == CaseStatus.WAITING_FOR_RESIDENT,
            now,
            calendar);
    boolean open = c.status().isOpen();
    return new QueueLine(
        c.reference().toString(),
        c.confidentiality() == Confidentiality.SEALED || c.isAnonymous()
            ? ""
            : c.requester().name(),
        names
            .type(c.requestType().id())
            .map(t -> t.in(language))
            .orElseGet(() -> c.requestType().name().in(language)),
        names
            .unit(c.unit().id())
            .map(u -> u.in(language))
            .orElseGet(() -> c.unit().name().in(language)),
        c.status().name(),
        c.assignee().map(StaffAccount::displayName).orElse(""),
        c.resolutionDue().map(dates::format).orElse(""),
        open ? left.map(TimeLeft::key).orElse("") : "",
        left.map(TimeLeft::amount).orElse(0L),
        open ? left.map(t -> t.state().name()).orElse("") : "",
        dates.format(c.updatedAt()),
        c.confidentiality().name(),
        c.locality()
            .map(
                l ->
                    names
                        .locality(l.id())
                        .map(n -> n.in(language))
                        .orElseGet(() -> l.name().in(language)))
            .orElse(""),
        dates.format(c.createdAt()));
  }
}
