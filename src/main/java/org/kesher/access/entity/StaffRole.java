package org.kesher.access.entity;

/**
 * Department-wide roles of a staff member. Unit head is a role inside a unit ({@link MemberRole}).
 */
public enum StaffRole {
  CASEWORKER,
  INTAKE_COORDINATOR,
  DEPARTMENT_MANAGER,
  ADMINISTRATOR,
  PRIVACY_OFFICER
}
