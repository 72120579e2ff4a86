package org.kesher.access.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.kesher.access.control.AccountRefused;
import org.kesher.access.control.StaffAccountAccess;
import org.kesher.access.control.StaffAccountEditing;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.control.StaffAccounts.StaffLine;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffRole;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Language;

/**
 * The administrators' staff screen: every account with its roles and units and a link to edit it, a
 * new account with a generated password shown once, and switching an account off or on.
 */
@Named
@RequestScoped
public class StaffAdminPage extends AccountDetailsForm {

  /** A unit to choose, by code. */
  public record UnitChoice(String code, String name) {}

  @Inject StaffAccounts accounts;

  @Inject StaffAccountEditing editing;

  @Inject StaffAccountAccess access;

  @Inject StaffList shown;

  @Inject SecurityContext security;

  @PersistenceContext EntityManager em;

  private String username;

  {
    language = "he";
  }

  private String role = StaffRole.CASEWORKER.name();
  private String unit;
  private String memberRole = MemberRole.MEMBER.name();
  private String generatedPassword;

  private Language adminLanguage() {
    return accounts
        .byUsername(security.getCallerPrincipal().getName())
        .map(a -> a.language())
        .orElse(Language.DEFAULT);
  }

  /**
   * The list as this page showed it: kept with the view, so that a switch button posts back to the
   * row it was drawn in even when an account was added or removed in the meantime.
   */
  public List<StaffLine> getStaff() {
    return shown.lines(() -> accounts.all(adminLanguage()));
  }

  public List<UnitChoice> getUnits() {
    Language shown = adminLanguage();
    return em.createNamedQuery(Unit.ACTIVE, Unit.class).getResultList().stream()
        .map(u -> new UnitChoice(u.code(), u.name().in(shown)))
        .toList();
  }

  public List<String> getRoles() {
    return Arrays.stream(StaffRole.values()).map(Enum::name).toList();
  }

  @RolesAllowed("ADMINISTRATOR")
  public void enrol() {
    try {
      generatedPassword =
          editing.enrol(
              security.getCallerPrincipal().getName(),
              username,
              displayName,
              email,
              Language.fromCode(language)
                  .filter(Language::isStaffLanguage)
                  .orElse(Language.DEFAULT),
              StaffRole.valueOf(role),
              unit,
              MemberRole.valueOf(memberRole));
      shown.forget();
      say(FacesMessage.SEVERITY_INFO, "admin.enrolled");
    } catch (AccountRefused refused) {
      refuse(refused);
    }
  }

  @RolesAllowed("ADMINISTRATOR")
  public void toggle(String account, boolean enabled) {
    try {
      access.switchAccount(security.getCallerPrincipal().getName(), account, enabled);
      shown.forget();
      say(FacesMessage.SEVERITY_INFO, enabled ? "admin.enabled" : "admin.disabled");
    } catch (AccountRefused refused) {
      refuse(refused);
    }
  }

  private void refuse(AccountRefused refused) {
    StaffMessages.say(
        FacesMessage.SEVERITY_ERROR, AccountTexts.refusal(refused, adminLanguage(), getUnits()));
  }

  private void say(FacesMessage.Severity severity, String key) {
    StaffMessages.say(adminLanguage().locale(), severity, key);
  }

  public String getGeneratedPassword() {
    return generatedPassword;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public String getMemberRole() {
    return memberRole;
  }

  public void setMemberRole(String memberRole) {
    this.memberRole = memberRole;
  }
}
