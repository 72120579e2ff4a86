package org.kesher.access.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * How staff log in: a form (the staff login page), checked by {@link StaffIdentityStore}. Every
 * staff page needs the role {@value #STAFF}; the others come from the account's roles.
 */
@ApplicationScoped
@CustomFormAuthenticationMechanismDefinition(
    loginToContinue =
        @LoginToContinue(
            loginPage = "/staff/login.xhtml",
            errorPage = "",
            useForwardToLogin = false))
@DeclareRoles({
  StaffSecurity.STAFF,
  "CASEWORKER",
  "INTAKE_COORDINATOR",
  "DEPARTMENT_MANAGER",
  "ADMINISTRATOR",
  "PRIVACY_OFFICER",
  StaffSecurity.UNIT_HEAD
})
public class StaffSecurity {

  /** Every logged-in staff member. */
  public static final String STAFF = "STAFF";

  /** A staff member who heads at least one unit. */
  public static final String UNIT_HEAD = "UNIT_HEAD";
}
