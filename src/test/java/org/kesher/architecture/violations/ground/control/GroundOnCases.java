package org.kesher.architecture.violations.ground.control;

import org.kesher.architecture.violations.cases.control.CaseControl;

/** A ground class that reaches up into a feature. */
public class GroundOnCases {
  public Object reach() {
    return new CaseControl();
  }
}
