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
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.JobClaims;
import org.kesher.ground.control.Setting;

/**
 * The access log's daily jobs, each run by one node of several ({@link JobClaims}): after {@code
 * kesher.audit.seal-hour} (Israel) the days up to yesterday are sealed; once a month the months
 * past {@code kesher.audit.keep-months} are pruned.
 */
@Singleton
@Startup
@DependsOn("StartupChecks")
public class AccessLogJobs {

  private static final Logger LOG = Logger.getLogger(AccessLogJobs.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject JobClaims claims;

  @Inject DailySeal seal;

  @Inject AccessLogSteps steps;

  @Inject Config config;

  Clock clock = Clock.systemUTC();

  private ScheduledFuture<?> round;

  @PostConstruct
  void start() {
    round = scheduler.scheduleWithFixedDelay(this::run, 20, 600, TimeUnit.SECONDS);
  }

  void run() {
    ZonedDateTime now = ZonedDateTime.now(clock.withZone(Israel.ZONE));
    int sealHour = config.getValue(Setting.AUDIT_SEAL_HOUR.key(), Integer.class);
    if (now.getHour() < sealHour) {
      return;
    }
    try {
      LocalDate today = now.toLocalDate();
      if (claims.claim("access-log-seal", today.toString())) {
        seal.sealThrough(today.minusDays(1));
      }
      if (claims.claim("access-log-prune", YearMonth.from(now).toString())) {
        steps.prune(config.getValue(Setting.AUDIT_KEEP_MONTHS.key(), Integer.class));
      }
    } catch (RuntimeException e) {
      LOG.warning(
          "access log job: " + e.getClass().getSimpleName() + ", tried again at the next day");
    }
  }

  @PreDestroy
  void stop() {
    if (round != null) {
      round.cancel(false);
    }
  }
}
