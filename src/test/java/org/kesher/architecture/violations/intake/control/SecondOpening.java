package org.kesher.architecture.violations.intake.control;

import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.NewCase;

/** A path that opens a case by itself, past the reply token and the service targets. */
public class SecondOpening {
  public CaseFile open(NewCase request) {
    return new CaseFile(request, "token");
  }
}
