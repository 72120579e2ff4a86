package org.kesher.emergency.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.kesher.emergency.control.RegisterReview;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.JobClaims;

/**
 * The emergency register's yearly confirmation, once a day on one node of several ({@link
 * JobClaims}): a task in the team's queue for every entry whose confirmation is a year old. The log
 * gets the count, never a household.
 */
@Singleton
@Startup
@DependsOn("StartupChecks")
public class RegisterReviewJobs {

  private static final Logger LOG = Logger.getLogger(RegisterReviewJobs.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject JobClaims claims;

  @Inject Step step;

  Clock clock = Clock.systemUTC();

  private ScheduledFuture<?> round;

  @PostConstruct
  void start() {
    round = scheduler.scheduleWithFixedDelay(this::run, 55, 3600, TimeUnit.SECONDS);
  }

  void run() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(Israel.ZONE));
    try {
      if (claims.claim("register-review", now.toLocalDate().toString())) {
        var done = step.review(now.toInstant());
        LOG.info(() -> "emergency register: " + done + " entries asked to confirm");
      }
    } catch (RuntimeException e) {
      LOG.warning("register review: " + e.getClass().getSimpleName() + ", tried again tomorrow");
    }
  }

  /** The review in a transaction of its own. */
  @ApplicationScoped
  @Transactional
  public static class Step {

    @Inject RegisterReview review;

    public int review(Instant now) {
      return review.review(now);
    }
  }

  @PreDestroy
  void stop() {
    if (round != null) {
      round.cancel(false);
    }
  }
}
