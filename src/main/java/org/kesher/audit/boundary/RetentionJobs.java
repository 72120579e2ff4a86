package org.kesher.audit.boundary;

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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.JobClaims;
import org.kesher.ground.control.Setting;

/**
 * The retention job: once a day after {@code kesher.audit.seal-hour} (Israel), on one node of
 * several ({@link JobClaims}), every request type's cases past their retention are anonymised in
 * batches of {@link #BATCH}, a transaction each. The server log gets the count, never a case.
 */
@Singleton
@Startup
@DependsOn("StartupChecks")
public class RetentionJobs {

  /** Cases anonymised in one transaction. */
  static final int BATCH = 100;

  private static final Logger LOG = Logger.getLogger(RetentionJobs.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject JobClaims claims;

  @Inject RetentionSteps steps;

  @Inject Config config;

  Clock clock = Clock.systemUTC();

  private ScheduledFuture<?> round;

  @PostConstruct
  void start() {
    round = scheduler.scheduleWithFixedDelay(this::run, 40, 600, TimeUnit.SECONDS);
  }

  void run() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(Israel.ZONE));
    if (now.getHour() < config.getValue(Setting.AUDIT_SEAL_HOUR.key(), Integer.class)) {
      return;
    }
    try {
      if (claims.claim("case-retention", now.toLocalDate().toString())) {
        LOG.info(() -> "retention: " + runOnce(now.toInstant()) + " cases anonymised");
      }
    } catch (RuntimeException e) {
      LOG.warning("retention job: " + e.getClass().getSimpleName() + ", tried again tomorrow");
    }
  }

  /** Anonymises every case past its type's retention at {@code now}; returns how many. */
  int runOnce(Instant now) {
    int total = 0;
    for (long typeId : steps.typeIds()) {
      int done;
      do {
        done = steps.batch(typeId, now, BATCH);
        total += done;
      } while (done == BATCH);
    }
    return total;
  }

  @PreDestroy
  void stop() {
    if (round != null) {
      round.cancel(false);
    }
  }
}
