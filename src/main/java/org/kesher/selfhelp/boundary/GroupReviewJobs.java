package org.kesher.selfhelp.boundary;

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
import java.util.Map;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.JobClaims;
import org.kesher.selfhelp.control.GroupReview;
import org.kesher.selfhelp.entity.GroupStatus;

/**
 * The directory's yearly review, once a day on one node of several ({@link JobClaims}): flags the
 * entries whose confirmation is a year old and hides those flagged past the grace period. The log
 * gets the counts, never an entry.
 */
@Singleton
@Startup
@DependsOn("StartupChecks")
public class GroupReviewJobs {

  private static final Logger LOG = Logger.getLogger(GroupReviewJobs.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject JobClaims claims;

  @Inject Step step;

  Clock clock = Clock.systemUTC();

  private ScheduledFuture<?> round;

  @PostConstruct
  void start() {
    round = scheduler.scheduleWithFixedDelay(this::run, 50, 3600, TimeUnit.SECONDS);
  }

  void run() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(Israel.ZONE));
    try {
      if (claims.claim("group-review", now.toLocalDate().toString())) {
        var done = step.review(now.toInstant());
        LOG.info(() -> "self-help directory review: " + done);
      }
    } catch (RuntimeException e) {
      LOG.warning("group review: " + e.getClass().getSimpleName() + ", tried again tomorrow");
    }
  }

  /** The review in a transaction of its own. */
  @ApplicationScoped
  @Transactional
  public static class Step {

    @Inject GroupReview review;

    public Map<GroupStatus, Integer> review(Instant now) {
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
