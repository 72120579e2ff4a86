package org.kesher.cases.control;

import java.util.EnumSet;
import java.util.Set;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;

/**
 * A staff member as the visibility rule sees them: who they are, their department roles, the units
 * they belong to and the units they head.
 */
public record Viewer(long staffId, Set<StaffRole> roles, Set<Long> memberOf, Set<Long> heads) {

  public Viewer {
    roles = roles.isEmpty() ? EnumSet.noneOf(StaffRole.class) : EnumSet.copyOf(roles);
    memberOf = Set.copyOf(memberOf);
    heads = Set.copyOf(heads);
  }

  public static Viewer of(StaffAccount staff) {
    return new Viewer(
        staff.id(),
        staff.roles(),
        staff.memberships().stream()
            .map(m -> m.unit().id())
            .collect(java.util.stream.Collectors.toSet()),
        staff.memberships().stream()
            .filter(m -> m.role() == MemberRole.HEAD)
            .map(m -> m.unit().id())
            .collect(java.util.stream.Collectors.toSet()));
  }

  /** Intake coordinators and department managers see the standard cases of every unit. */
  boolean seesStandardEverywhere() {
    return roles.contains(StaffRole.INTAKE_COORDINATOR)
        || roles.contains(StaffRole.DEPARTMENT_MANAGER);
  }
}
