package org.kesher.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.kesher.catalogue.control.BusinessCalendar;
import org.kesher.catalogue.control.BusinessCalendars;
import org.kesher.catalogue.control.CalendarAdmin;
import org.kesher.catalogue.control.CalendarMonths;
import org.kesher.catalogue.control.Catalogue;
import org.kesher.catalogue.control.ClosedDaySuggestions;
import org.kesher.catalogue.entity.ClosedDay;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.boundary.StaffLanguage;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Accessed;

/**
 * The calendar page's days: the administrators' further closed days (a one-off closure, or a
 * suggested Muslim, Christian or Druze holiday the administrator confirms, since lunar dates are
 * announced rather than computed), for every unit, one unit or one locality; and a unit's coming
 * twelve months with the source of each day.
 */
@Named("calendarDays")
@ViewScoped
public class CalendarDays implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How far ahead the page looks. */
  static final int MONTHS = 12;

  @Inject transient BusinessCalendars calendars;

  @Inject transient CalendarAdmin admin;

  @Inject transient Catalogue catalogue;

  @Inject transient StaffLanguage current;

  @Inject transient jakarta.enterprise.event.Event<Accessed> accessed;

  /** A closed day as the list shows it: when, for whom, why, and from what. */
  public record Closure(long id, LocalDate day, String scope, String reason, String source)
      implements Serializable {}

  /** A suggested day: its date, the holiday's message key, and the day of the feast. */
  public record Offer(String key, LocalDate day, String holiday, int dayOfFeast)
      implements Serializable {}

  private String day;
  private String scope = "ALL";
  private String reason;
  private String yearUnit;
  private transient List<Offer> offers;

  private LocalDate today() {
    return LocalDate.now(BusinessCalendar.ISRAEL);
  }

  @RolesAllowed("ADMINISTRATOR")
  public List<Closure> getClosures() {
    return admin.closures(today(), today().plusMonths(MONTHS)).stream()
        .map(d -> new Closure(d.id(), d.closedOn(), scopeName(d), d.reason(), d.source()))
        .toList();
  }

  @RolesAllowed("ADMINISTRATOR")
  public List<Offer> getOffers() {
    if (offers == null) {
      // worked out once per view: the page's table reads the list for every row it draws
      offers = suggestions();
    }
    return offers;
  }

  private List<Offer> suggestions() {
    return new ClosedDaySuggestions()
        .between(today(), today().plusMonths(MONTHS)).stream()
            .map(
                s ->
                    new Offer(
                        s.holiday() + "/" + s.day(),
                        s.day(),
                        "calendar.holiday." + s.holiday(),
                        s.dayOfFeast()))
            .toList();
  }

  /** The chosen unit's coming months. */
  @RolesAllowed("ADMINISTRATOR")
  public List<CalendarMonths.Month> getMonths() {
    Unit unit = unit(yearUnit).orElseGet(() -> catalogue.units().get(0));
    return CalendarMonths.of(
        calendars.calendars(),
        unit.id(),
        unit.locality().map(Locality::id).orElse(null),
        today(),
        MONTHS);
  }

  /** Closes the typed day for the chosen units. */
  @RolesAllowed("ADMINISTRATOR")
  @Transactional
  public void close() {
    LocalDate date;
    try {
      date = LocalDate.parse(day == null ? "" : day.strip());
    } catch (DateTimeParseException e) {
      say(FacesMessage.SEVERITY_ERROR, "calendar.dateFormat");
      return;
    }
    if (keep(date, ClosedDay.ONE_OFF, reason)) {
      day = null;
      reason = null;
    }
  }

  /** Closes a suggested day (the offer's key) for the chosen units. */
  @RolesAllowed("ADMINISTRATOR")
  @Transactional
  public void confirm(String key) {
    getOffers().stream()
        .filter(o -> o.key().equals(key))
        .findFirst()
        .ifPresent(
            o -> {
              String name = StaffMessages.text(current.language().locale(), o.holiday());
              String source = key.substring(0, key.indexOf('/'));
              keep(o.day(), source, o.dayOfFeast() > 1 ? name + " (" + o.dayOfFeast() + ")" : name);
            });
  }

  /** Opens a closed day again. */
  @RolesAllowed("ADMINISTRATOR")
  @Transactional
  public void reopen(long id) {
    admin
        .reopen(id, now())
        .ifPresent(
            d -> {
              accessed.fire(
                  Accessed.adminChange(
                      Accessed.ObjectKind.CALENDAR, d.closedOn().toString(), "reopened"));
              say(FacesMessage.SEVERITY_INFO, "calendar.reopened");
            });
  }

  /** A month's name and year in the staff member's language. */
  @RolesAllowed("ADMINISTRATOR")
  public String monthName(java.time.YearMonth month) {
    return month.format(
        java.time.format.DateTimeFormatter.ofPattern("LLLL yyyy", current.language().locale()));
  }

  /** The weekdays' names from Sunday, for the months' column headers. */
  public List<String> getWeekdays() {
    return java.util.stream.IntStream.range(0, 7)
        .mapToObj(
            i ->
                java.time.DayOfWeek.SUNDAY
                    .plus(i)
                    .getDisplayName(java.time.format.TextStyle.SHORT, current.language().locale()))
        .toList();
  }

  /** What a day is and where that comes from, in the staff member's language. */
  @RolesAllowed("ADMINISTRATOR")
  public String describe(CalendarMonths.Day d) {
    var locale = current.language().locale();
    String holiday =
        d.source().isEmpty() ? "" : StaffMessages.text(locale, "calendar.holiday." + d.source());
    return switch (d.kind()) {
      case OPEN -> d.detail();
      case NOT_OPEN -> StaffMessages.text(locale, "calendar.day.notOpen");
      case HOLIDAY -> StaffMessages.text(locale, "calendar.day.holiday", holiday);
      case EVE -> StaffMessages.text(locale, "calendar.day.eve", holiday, d.detail());
      case CHOL_HAMOED ->
          d.open()
              ? StaffMessages.text(locale, "calendar.day.cholHamoedOpen", holiday, d.detail())
              : StaffMessages.text(locale, "calendar.day.cholHamoedClosed", holiday);
      case CLOSED ->
          StaffMessages.text(
              locale,
              ClosedDay.ONE_OFF.equals(d.source())
                  ? "calendar.day.closedOneOff"
                  : "calendar.day.closedConfirmed",
              d.detail());
    };
  }

  private boolean keep(LocalDate date, String source, String why) {
    Long unitId = null;
    Long localityId = null;
    if (scope != null && scope.startsWith("U:")) {
      unitId = unit(scope.substring(2)).map(Unit::id).orElse(null);
    } else if (scope != null && scope.startsWith("L:")) {
      localityId =
          catalogue.localities().stream()
              .filter(l -> l.code().equals(scope.substring(2)))
              .map(Locality::id)
              .findFirst()
              .orElse(null);
    }
    try {
      admin.close(
          date,
          unitId,
          localityId,
          source,
          why,
          jakarta.faces.context.FacesContext.getCurrentInstance()
              .getExternalContext()
              .getRemoteUser(),
          now());
      accessed.fire(
          Accessed.adminChange(Accessed.ObjectKind.CALENDAR, date.toString(), "closed " + source));
      say(FacesMessage.SEVERITY_INFO, "calendar.closed");
      return true;
    } catch (CalendarAdmin.Refused refused) {
      say(FacesMessage.SEVERITY_ERROR, refused.key());
      return false;
    }
  }

  private String scopeName(ClosedDay d) {
    var language = current.language();
    if (d.unitId().isPresent()) {
      return catalogue.units().stream()
          .filter(u -> u.id().equals(d.unitId().get()))
          .map(u -> u.name().in(language))
          .findFirst()
          .orElse("");
    }
    if (d.localityId().isPresent()) {
      return catalogue.localities().stream()
          .filter(l -> l.id().equals(d.localityId().get()))
          .map(l -> l.name().in(language))
          .findFirst()
          .orElse("");
    }
    return StaffMessages.text(current.language().locale(), "calendar.allUnits");
  }

  private Optional<Unit> unit(String code) {
    return catalogue.units().stream().filter(u -> u.code().equals(code)).findFirst();
  }

  private static Instant now() {
    return Clock.systemUTC().instant();
  }

  private void say(FacesMessage.Severity severity, String key) {
    StaffMessages.say(current.language().locale(), severity, key);
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getYearUnit() {
    return yearUnit;
  }

  public void setYearUnit(String yearUnit) {
    this.yearUnit = yearUnit;
  }
}
