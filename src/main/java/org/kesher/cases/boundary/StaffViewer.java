package org.kesher.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.control.Viewer;

/** The logged-in staff member as the visibility rule sees them, built once per request. */
@RequestScoped
public class StaffViewer {

  @Inject CurrentStaff current;

  private Viewer viewer;

  public Viewer viewer() {
    if (viewer == null) {
      viewer = Viewer.of(current.account());
    }
    return viewer;
  }
}
