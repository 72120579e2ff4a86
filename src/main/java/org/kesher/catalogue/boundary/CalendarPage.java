package org.kesher.catalogue.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kesher.catalogue.control.BusinessCalendar;
import org.kesher.catalogue.control.BusinessCalendars;
import org.kesher.catalogue.control.CalendarAdmin;
import org.kesher.catalogue.control.Catalogue;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.boundary.StaffLanguage;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Accessed;

/**
 * The administrators' business calendar ({@code staff/admin/calendar.xhtml}): when a holiday's eve
 * closes and whether Chol HaMoed is closed, a unit's office hours per weekday, and further closed
 * days (see {@link CalendarDays} for the closures, the suggestions and the coming twelve months).
 * Every change is recorded in the access log and moves every open case's due dates.
 */
@Named("calendarAdmin")
@ViewScoped
public class CalendarPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient BusinessCalendars calendars;

  @Inject transient CalendarAdmin admin;

  @Inject transient Catalogue catalogue;

  @Inject transient StaffLanguage current;

  @Inject transient jakarta.enterprise.event.Event<Accessed> accessed;

  /** One weekday's office hours as typed: open or not, and from when to when (HH:MM). */
  public static final class Hours implements Serializable {
    private static final long serialVersionUID = 1L;
    private final DayOfWeek day;
    private boolean open;
    private String opens;
    private String closes;

    Hours(DayOfWeek day, BusinessCalendar.OfficeDay hours) {
      this.day = day;
      this.open = hours != null;
      BusinessCalendar.OfficeDay shown = hours == null ? BusinessCalendars.USUAL_HOURS : hours;
      this.opens = shown.opens().toString();
      this.closes = shown.closes().toString();
    }

    public DayOfWeek getDay() {
      return day;
    }

    public boolean isOpen() {
      return open;
    }

    public void setOpen(boolean open) {
      this.open = open;
    }

    public String getOpens() {
      return opens;
    }

    public void setOpens(String opens) {
      this.opens = opens;
    }

    public String getCloses() {
      return closes;
    }

    public void setCloses(String closes) {
      this.closes = closes;
    }
  }

  /** A unit or locality to choose: its code and its name in the staff member's language. */
  public record Option(String value, String label) implements Serializable {}

  public List<Option> getUnits() {
    return catalogue.units().stream()
        .map(u -> new Option(u.code(), u.name().in(current.language())))
        .toList();
  }

  public List<Option> getLocalities() {
    return catalogue.localities().stream()
        .map(l -> new Option(l.code(), l.name().in(current.language())))
        .toList();
  }

  private String eveCloses;
  private boolean cholHamoedClosed;
  private String unitCode;
  private List<Hours> week;

  @RolesAllowed("ADMINISTRATOR")
  public void load() {
    if (eveCloses != null) {
      return;
    }
    var settings = calendars.calendars().settings();
    eveCloses = settings.eveCloses().toString();
    cholHamoedClosed = settings.cholHamoedClosed();
    if (unitCode == null) {
      unitCode = catalogue.units().get(0).code();
    }
    showUnit();
  }

  /** The office hours of the chosen unit, as they stand. */
  @RolesAllowed("ADMINISTRATOR")
  public void showUnit() {
    Map<DayOfWeek, BusinessCalendar.OfficeDay> hours = calendars.calendars().hoursOf(unit().id());
    week = new ArrayList<>();
    for (DayOfWeek day : BusinessCalendar.WORKING_WEEK) {
      week.add(new Hours(day, hours.get(day)));
    }
    week.sort(java.util.Comparator.comparingInt(h -> h.day.getValue() % 7));
  }

  @RolesAllowed("ADMINISTRATOR")
  @Transactional
  public void saveSettings() {
    LocalTime eve = time(eveCloses);
    if (eve == null) {
      say(FacesMessage.SEVERITY_ERROR, "calendar.timeFormat");
      return;
    }
    try {
      admin.settings(new BusinessCalendars.Settings(eve, cholHamoedClosed), now());
      accessed.fire(Accessed.adminChange(Accessed.ObjectKind.CALENDAR, "settings", "settings"));
      say(FacesMessage.SEVERITY_INFO, "calendar.saved");
    } catch (CalendarAdmin.Refused refused) {
      say(FacesMessage.SEVERITY_ERROR, refused.key());
    }
  }

  @RolesAllowed("ADMINISTRATOR")
  @Transactional
  public void saveHours() {
    Map<DayOfWeek, BusinessCalendar.OfficeDay> hours = new EnumMap<>(DayOfWeek.class);
    for (Hours day : week) {
      if (!day.open) {
        continue;
      }
      LocalTime opens = time(day.opens);
      LocalTime closes = time(day.closes);
      if (opens == null || closes == null) {
        say(FacesMessage.SEVERITY_ERROR, "calendar.timeFormat");
        return;
      }
      if (!opens.isBefore(closes)) {
        say(FacesMessage.SEVERITY_ERROR, "calendar.opensBeforeCloses");
        return;
      }
      hours.put(day.day, new BusinessCalendar.OfficeDay(opens, closes));
    }
    try {
      admin.officeHours(unit().id(), hours, now());
      accessed.fire(Accessed.adminChange(Accessed.ObjectKind.CALENDAR, unitCode, "officeHours"));
      say(FacesMessage.SEVERITY_INFO, "calendar.saved");
    } catch (CalendarAdmin.Refused refused) {
      say(FacesMessage.SEVERITY_ERROR, refused.key());
    }
  }

  /** "HH:MM" as a time, or null. */
  static LocalTime time(String typed) {
    if (typed == null) {
      return null;
    }
    try {
      return LocalTime.parse(typed.strip().length() == 4 ? "0" + typed.strip() : typed.strip());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private Unit unit() {
    return catalogue.units().stream()
        .filter(u -> u.code().equals(unitCode))
        .findFirst()
        .orElseGet(() -> catalogue.units().get(0));
  }

  private java.time.Instant now() {
    return Clock.systemUTC().instant();
  }

  private void say(FacesMessage.Severity severity, String key) {
    StaffMessages.say(current.language().locale(), severity, key);
  }

  /** Today in Israel, for the page's date fields. */
  public LocalDate getToday() {
    return LocalDate.now(BusinessCalendar.ISRAEL);
  }

  public String getEveCloses() {
    return eveCloses;
  }

  public void setEveCloses(String eveCloses) {
    this.eveCloses = eveCloses;
  }

  public boolean isCholHamoedClosed() {
    return cholHamoedClosed;
  }

  public void setCholHamoedClosed(boolean cholHamoedClosed) {
    this.cholHamoedClosed = cholHamoedClosed;
  }

  public String getUnitCode() {
    return unitCode;
  }

  public void setUnitCode(String unitCode) {
    this.unitCode = unitCode;
  }

  public List<Hours> getWeek() {
    return week;
  }
}
