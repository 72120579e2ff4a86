package org.kesher.access.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import org.kesher.access.control.StaffAccounts;
import org.kesher.ground.control.Language;

/**
 * What every staff page reads of who is logged in, as {@code #{currentStaff}}: their name, and the
 * language, locale and direction the page is written in; and the header's choice of language.
 */
@Named("currentStaff")
@RequestScoped
public class StaffPageLanguage {

  @Inject CurrentStaff current;

  @Inject StaffAccounts accounts;

  public String getDisplayName() {
    return current.displayName();
  }

  public Locale getLocale() {
    return current.locale();
  }

  public String getDirection() {
    return current.language().direction();
  }

  public String getLanguage() {
    return current.language().code();
  }

  /** The language the staff member picks in the header, applied on the next page. */
  public void setLanguage(String code) {
    Language.fromCode(code)
        .filter(Language::isStaffLanguage)
        .ifPresent(chosen -> accounts.setLanguage(current.username(), chosen));
  }

  /** Reloads the page in the language just chosen. */
  @RolesAllowed("STAFF")
  public void changeLanguage() throws IOException {
    var external = FacesContext.getCurrentInstance().getExternalContext();
    var request = (HttpServletRequest) external.getRequest();
    external.redirect(request.getContextPath() + "/staff/index.xhtml");
  }
}
