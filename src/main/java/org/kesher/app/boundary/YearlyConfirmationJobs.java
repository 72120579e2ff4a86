package org.kesher.app.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import org.kesher.emergency.boundary.RegisterReviewStep;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.JobClaims;
import org.kesher.selfhelp.boundary.GroupReviewStep;

/**
 * What is confirmed once a year, checked once a day on one node of several ({@link JobClaims}): the
 * self-help directory's entries (flagged after a year, hidden after the grace period) and the
 * emergency registers' entries (a task in the team's queue). The log gets counts, never an entry.
 */
@Singleton
@Startup
@DependsOn("StartupChecks")
public class YearlyConfirmationJobs {

  private static final Logger LOG = Logger.getLogger(YearlyConfirmationJobs.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject JobClaims claims;

  @Inject GroupReviewStep groups;

  @Inject RegisterReviewStep registers;

  Clock clock = Clock.systemUTC();

  private ScheduledFuture<?> round;

  @PostConstruct
  void start() {
    round = scheduler.scheduleWithFixedDelay(this::run, 50, 3600, TimeUnit.SECONDS);
  }

  void run() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(Israel.ZONE));
    daily("group-review", now, at -> "self-help directory review: " + groups.review(at));
    daily(
        "register-review",
        now,
        at -> "emergency registers: " + registers.review(at) + " entries asked to confirm");
  }

  private void daily(String job, ZonedDateTime now, Function<Instant, String> step) {
    try {
      if (claims.claim(job, now.toLocalDate().toString())) {
        String done = step.apply(now.toInstant());
        LOG.info(() -> done);
      }
    } catch (RuntimeException e) {
      LOG.warning(job + ": " + e.getClass().getSimpleName() + ", tried again tomorrow");
    }
  }

  @PreDestroy
  void stop() {
    if (round != null) {
      round.cancel(false);
    }
  }
}
