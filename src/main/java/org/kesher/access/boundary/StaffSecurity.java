package org.kesher.access.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The staff roles. Staff log in with a form (the staff login page, {@link StaffAuthentication}),
 * checked by {@link StaffIdentityStore}. Every staff page needs the role {@value #STAFF}; the
 * others come from the account's roles.
 */
@ApplicationScoped
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
