package org.kesher.architecture.violations.catalogue.control;

import org.kesher.architecture.violations.cases.control.CaseControl;

/** A lower floor that uses a higher one, closing a cycle. */
public class CatalogueControl {
  public Object back() {
    return new CaseControl();
  }
}
