package org.kesher.selfhelp.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.catalogue.entity.UnitKind;

/** Whether the staff menu offers the directory's entries: to the members of a self-help centre. */
@Named
@RequestScoped
public class GroupsNav {

  @Inject CurrentStaff current;

  private Boolean available;

  public boolean isAvailable() {
    if (available == null) {
      available =
          current.account().memberships().stream()
              .anyMatch(m -> m.unit().kind() == UnitKind.SELF_HELP_CENTER);
    }
    return available;
  }
}
