package org.kesher.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.util.Locale;
import java.util.Set;
import org.kesher.access.control.SessionAccounts;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.ground.boundary.StaffLanguage;
import org.kesher.ground.control.Language;

/**
 * Who is logged in on a staff page: their name, language, roles and units, read once per request.
 * Beans that need only that inject this (pages read it as {@link StaffPageLanguage}); the case
 * pages build their viewer from {@link #account()}. An account switched off during its session ends
 * the session here.
 */
@RequestScoped
public class CurrentStaff implements StaffLanguage {

  @Inject SecurityContext security;

  @Inject SessionAccounts sessions;

  private StaffAccount staff;

  /** The logged-in staff member's account, enabled. */
  public StaffAccount account() {
    if (staff == null) {
      staff =
          sessions
              .account(security.getCallerPrincipal().getName())
              .filter(StaffAccount::isEnabled)
              .orElseThrow(CurrentStaff::switchedOff);
    }
    return staff;
  }

  /** An account switched off (or removed) during its session: the session ends here. */
  private static IllegalStateException switchedOff() {
    var faces = FacesContext.getCurrentInstance();
    if (faces != null) {
      faces.getExternalContext().invalidateSession();
    }
    return new IllegalStateException("the logged-in account is switched off");
  }

  public String username() {
    return account().username();
  }

  public Set<StaffRole> roles() {
    return account().roles();
  }

  public Language language() {
    return account().language();
  }

  public String displayName() {
    return account().displayName();
  }

  public Locale locale() {
    return language().locale();
  }
}
