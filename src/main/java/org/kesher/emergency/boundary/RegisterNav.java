package org.kesher.emergency.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.catalogue.entity.UnitKind;

/**
 * Whether the staff menu offers the emergency registers: to the members of a settlement's emergency
 * team and of the social services department.
 */
@Named
@RequestScoped
public class RegisterNav {

  @Inject CurrentStaff current;

  private Boolean available;

  public boolean isAvailable() {
    if (available == null) {
      available =
          current.account().memberships().stream()
              .map(m -> m.unit().kind())
              .anyMatch(k -> k == UnitKind.EMERGENCY_TEAM || k == UnitKind.SOCIAL_SERVICES);
    }
    return available;
  }
}
