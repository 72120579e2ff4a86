package org.kesher.audit.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.audit.control.BreakGlassReview;
import org.kesher.cases.entity.BreakGlass;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.boundary.StaffMessages;
import org.kesher.ground.control.Causes;
import org.kesher.ground.control.Israel;

/**
 * The privacy officer's review list ({@code staff/privacy/break-glass.xhtml}): every break-glass
 * waiting for review, each marked justified or raised with a note, and the latest reviewed.
 */
@Named("glassReview")
@ViewScoped
public class BreakGlassReviewPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient BreakGlassReview review;

  @Inject transient CurrentStaff current;

  private final Map<Long, String> notes = new HashMap<>();
  private List<BreakGlassReview.Line> pending;
  private List<BreakGlassReview.Line> reviewed;

  public List<BreakGlassReview.Line> getPending() {
    if (pending == null) {
      pending = review.pending();
    }
    return pending;
  }

  public List<BreakGlassReview.Line> getReviewed() {
    if (reviewed == null) {
      reviewed = review.reviewed();
    }
    return reviewed;
  }

  /** The note typed for each grant, by its id. */
  public Map<Long, String> getNotes() {
    return notes;
  }

  @RolesAllowed("PRIVACY_OFFICER")
  @Transactional
  public void justified(long id, long version) {
    decide(id, version, BreakGlass.Review.JUSTIFIED, "breakGlass.justifiedDone");
  }

  @RolesAllowed("PRIVACY_OFFICER")
  @Transactional
  public void raised(long id, long version) {
    decide(id, version, BreakGlass.Review.RAISED, "breakGlass.raisedDone");
  }

  private void decide(long id, long version, BreakGlass.Review outcome, String doneKey) {
    try {
      review.review(id, version, outcome, notes.get(id), current.account().id());
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_INFO, doneKey);
      pending = null;
      reviewed = null;
    } catch (CaseRuleViolation refused) {
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, refused.code());
    } catch (RuntimeException failed) {
      if (!Causes.any(failed, OptimisticLockException.class::isInstance)) {
        throw failed;
      }
      StaffMessages.say(current.locale(), FacesMessage.SEVERITY_ERROR, "case.changedElsewhere");
    }
  }

  @PermitAll
  public String date(Instant at) {
    return at == null ? "" : Israel.dateTime(current.locale(), at);
  }
}
