package org.kesher.emergency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.kesher.emergency.control.RegisterReview;

/** The register's yearly confirmation in a transaction of its own (run daily by the app's jobs). */
@ApplicationScoped
@Transactional
public class RegisterReviewStep {

  @Inject RegisterReview review;

  /** Opens a task for every entry due at {@code now}; how many. */
  public int review(Instant now) {
    return review.review(now);
  }
}
