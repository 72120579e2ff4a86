package org.kesher.admin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.admin.control.SealedCoverReport;
import org.kesher.admin.control.SealedCoverReport.Cover;
import org.kesher.ground.control.Language;

/**
 * The notice on every administration screen about sealed cases nobody may see, read once a page.
 */
@Named("sealedCover")
@RequestScoped
public class SealedCoverNotice {

  @Inject SealedCoverReport report;

  @Inject CurrentStaff workspace;

  private Cover cover;

  public Cover getCover() {
    if (cover == null) {
      cover = report.now(Language.fromCode(workspace.getLanguage()).orElse(Language.DEFAULT));
    }
    return cover;
  }

  /** Whether there is anything to say. */
  public boolean isShown() {
    return !getCover().isEmpty();
  }
}
