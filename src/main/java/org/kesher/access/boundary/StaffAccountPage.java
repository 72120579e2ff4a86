package org.kesher.access.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kesher.access.boundary.StaffAdminPage.UnitChoice;
import org.kesher.access.control.AccountRefused;
import org.kesher.access.control.StaffAccountAccess;
import org.kesher.access.control.StaffAccountEditing;
import org.kesher.access.control.StaffAccountEditing.AccountForm;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffRole;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;

/**
 * An administrator edits one staff account: name, email, language, roles, and member or head of
 * each unit; resets its password (a one-time password shown once); switches it off or on; and reads
 * the account's recorded changes.
 */
@Named
@ViewScoped
public class StaffAccountPage extends AccountDetailsForm {

  private static final long serialVersionUID = 1L;

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(Israel.ZONE);

  /** A unit of the form, with this member's place in it: "" (none), MEMBER or HEAD. */
  public static class Place implements Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final String name;
    private String role;

    Place(String code, String name, String role) {
      this.code = code;
      this.name = name;
      this.role = role;
    }

    public String getCode() {
      return code;
    }

    public String getName() {
      return name;
    }

    public String getRole() {
      return role;
    }

    public void setRole(String role) {
      this.role = role;
    }
  }

  /** A recorded change as the page lists it. */
  public record ChangeLine(String when, String what, String detail) implements Serializable {}

  @Inject StaffAccountEditing editing;

  @Inject StaffAccountAccess access;

  @Inject StaffAccounts accounts;

  @Inject StaffAdminPage adminPage;

  private String account;
  private List<String> roles = new ArrayList<>();
  private List<Place> places = new ArrayList<>();
  private boolean enabled;
  private boolean mustChangePassword;
  private String generatedPassword;
  private boolean loaded;

  /** Reads the account named in the address, once per view; an unknown one answers 404. */
  @RolesAllowed("ADMINISTRATOR")
  public void load() throws IOException {
    if (loaded) {
      return;
    }
    var form = account == null ? null : editing.read(account).orElse(null);
    if (form == null) {
      FacesContext faces = FacesContext.getCurrentInstance();
      faces.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
      faces.responseComplete();
      return;
    }
    show(form);
    loaded = true;
  }

  private void show(AccountForm form) {
    account = form.username();
    displayName = form.displayName();
    email = form.email();
    language = form.language().code();
    roles = new ArrayList<>(form.roles().stream().map(Enum::name).sorted().toList());
    places = new ArrayList<>();
    for (UnitChoice unit : units()) {
      MemberRole held = form.units().get(unit.code());
      places.add(new Place(unit.code(), unit.name(), held == null ? "" : held.name()));
    }
    enabled = form.enabled();
    mustChangePassword = form.mustChangePassword();
  }

  private List<UnitChoice> units() {
    return adminPage.getUnits();
  }

  private String me() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  @RolesAllowed("ADMINISTRATOR")
  public void save() {
    Map<String, MemberRole> wanted = new LinkedHashMap<>();
    for (Place place : places) {
      if (place.getRole() != null && !place.getRole().isBlank()) {
        wanted.put(place.getCode(), MemberRole.valueOf(place.getRole()));
      }
    }
    EnumSet<StaffRole> chosen = EnumSet.noneOf(StaffRole.class);
    roles.forEach(r -> chosen.add(StaffRole.valueOf(r)));
    try {
      editing.edit(
          me(),
          account,
          displayName,
          email,
          Language.fromCode(language).filter(Language::isStaffLanguage).orElse(Language.DEFAULT),
          chosen,
          keepInactiveUnits(wanted));
      editing.read(account).ifPresent(this::show);
      say(FacesMessage.SEVERITY_INFO, "account.saved");
    } catch (AccountRefused refused) {
      refuse(refused);
    }
  }

  /** Units the form does not list (switched off) keep the place the member has there. */
  private Map<String, MemberRole> keepInactiveUnits(Map<String, MemberRole> wanted) {
    var listed = places.stream().map(Place::getCode).toList();
    editing
        .read(account)
        .ifPresent(
            form ->
                form.units()
                    .forEach(
                        (code, role) -> {
                          if (!listed.contains(code)) {
                            wanted.put(code, role);
                          }
                        }));
    return wanted;
  }

  @RolesAllowed("ADMINISTRATOR")
  public void resetPassword() {
    try {
      generatedPassword = access.resetPassword(me(), account);
      mustChangePassword = true;
      say(FacesMessage.SEVERITY_INFO, "account.passwordReset");
    } catch (AccountRefused refused) {
      refuse(refused);
    }
  }

  @RolesAllowed("ADMINISTRATOR")
  public void switchAccount() {
    try {
      access.switchAccount(me(), account, !enabled);
      enabled = !enabled;
      say(FacesMessage.SEVERITY_INFO, enabled ? "admin.enabled" : "admin.disabled");
    } catch (AccountRefused refused) {
      refuse(refused);
    }
  }

  public List<ChangeLine> getChanges() {
    return editing.changes(account).stream()
        .map(
            c ->
                new ChangeLine(
                    WHEN.format(c.changedAt()),
                    c.what().name(),
                    c.detail() == null ? "" : c.detail()))
        .toList();
  }

  private Language adminLanguage() {
    return accounts.byUsername(me()).map(a -> a.language()).orElse(Language.DEFAULT);
  }

  private void say(FacesMessage.Severity severity, String key) {
    StaffMessages.say(adminLanguage().locale(), severity, key);
  }

  private void refuse(AccountRefused refused) {
    StaffMessages.say(
        FacesMessage.SEVERITY_ERROR, AccountTexts.refusal(refused, adminLanguage(), units()));
  }

  public List<String> getAllRoles() {
    return Arrays.stream(StaffRole.values()).map(Enum::name).toList();
  }

  public String getAccount() {
    return account;
  }

  public void setAccount(String account) {
    if (!loaded) {
      this.account = account;
    }
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles == null ? new ArrayList<>() : new ArrayList<>(roles);
  }

  public List<Place> getPlaces() {
    return places;
  }

  public boolean isEnabled() {
    return enabled;
  }

  public boolean isMustChangePassword() {
    return mustChangePassword;
  }

  public String getGeneratedPassword() {
    return generatedPassword;
  }
}
