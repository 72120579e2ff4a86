package org.kesher.buildings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.kesher.cases.control.CaseNotice;

/**
 * A new request whose form names a building's address joins the known building at that address as
 * it arrives, in its intake's transaction; an unknown address is offered to its caseworker, who
 * opens the building from the case.
 */
@ApplicationScoped
public class HouseCommitteeLinks {

  @Inject Buildings buildings;

  void on(@Observes CaseNotice notice) {
    if (notice.kind() == CaseNotice.Kind.RECEIVED) {
      buildings.linkIfKnown(notice.caseFile());
    }
  }
}
