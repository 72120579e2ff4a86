package org.kesher.architecture.violations.cases.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Named;

/** A page bean with an action that says who may call it and one that does not. */
@Named
public class UnguardedPage {

  private String note;

  public String getNote() {
    return note;
  }

  @RolesAllowed("STAFF")
  public void save() {
    note = "saved";
  }

  public void close() {
    note = null;
  }
}
