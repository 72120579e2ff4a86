package org.kesher.selfhelp.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;
import org.kesher.selfhelp.control.GroupReview;
import org.kesher.selfhelp.entity.GroupStatus;

/** The directory's yearly review in a transaction of its own (run daily by the app's jobs). */
@ApplicationScoped
@Transactional
public class GroupReviewStep {

  @Inject GroupReview review;

  /** Flags and hides the entries due at {@code now}; how many of each. */
  public Map<GroupStatus, Integer> review(Instant now) {
    return review.review(now);
  }
}
