package org.kesher.architecture.violations.cases.control;

import jakarta.transaction.Transactional;
import jakarta.ws.rs.Path;
import org.kesher.architecture.violations.catalogue.control.CatalogueControl;

/** A control that speaks JAX-RS, begins a transaction and is part of a cycle. */
@Path("control")
public class CaseControl {
  @Transactional
  public Object act() {
    return new CatalogueControl();
  }
}
