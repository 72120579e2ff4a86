package org.kesher.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.control.SealedCoverReport;
import org.kesher.cases.control.SealedCoverReport.Cover;

/**
 * The notice on every administration screen about sealed cases nobody may see, read once a page.
 */
@Named("sealedCover")
@RequestScoped
public class SealedCoverNotice {

  @Inject SealedCoverReport report;

  @Inject CurrentStaff current;

  private Cover cover;

  public Cover getCover() {
    if (cover == null) {
      cover = report.now(current.language());
    }
    return cover;
  }

  /** Whether there is anything to say. */
  public boolean isShown() {
    return !getCover().isEmpty();
  }
}
