package org.kesher.cases.boundary;

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
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kesher.ground.control.JobClaims;

/**
 * The service-target jobs on every node. Each minute, the cases whose warning mark or due date came
 * are escalated, each in its own transaction; two nodes finding the same case tell it once ({@code
 * CaseEscalations} locks the case and claims each escalation). Every five minutes, when the targets
 * or the calendar changed (a new revision), one node ({@link JobClaims}) works every open case's
 * dates out again in batches.
 */
@Singleton
@Startup
@DependsOn("StartupChecks")
public class ServiceTargetJobs {

  /** Cases looked at in one escalation round, and open cases worked out in one transaction. */
  static final int BATCH = 200;

  private static final Logger LOG = Logger.getLogger(ServiceTargetJobs.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject JobClaims claims;

  @Inject ServiceTargetSteps steps;

  Clock clock = Clock.systemUTC();

  private ScheduledFuture<?> escalating;

  private ScheduledFuture<?> recomputing;

  @PostConstruct
  void start() {
    escalating = scheduler.scheduleWithFixedDelay(this::escalate, 45, 60, TimeUnit.SECONDS);
    recomputing = scheduler.scheduleWithFixedDelay(this::recompute, 30, 300, TimeUnit.SECONDS);
  }

  /** Escalates what came by now; returns how many escalations this node fired. */
  int escalate() {
    Instant now = clock.instant();
    int fired = 0;
    try {
      List<Long> reached = steps.reached(now, BATCH);
      for (long caseId : reached) {
        try {
          fired += steps.escalate(caseId, now);
        } catch (RuntimeException e) {
          // another node claimed it in the same moment, or the case changed: the next round sees
          LOG.log(Level.FINE, "escalation of one case left to the next round", e);
        }
      }
    } catch (RuntimeException e) {
      LOG.warning("escalation job: " + e.getClass().getSimpleName() + ", tried again in a minute");
    }
    return fired;
  }

  /** Works every open case's dates out again for a new revision, on one node. */
  void recompute() {
    try {
      long revision = steps.revision();
      if (!claims.claim("service-targets", "revision-" + revision)) {
        return;
      }
      long after = 0;
      int batches = 0;
      OptionalLong last;
      while ((last = steps.recompute(after, BATCH)).isPresent()) {
        after = last.getAsLong();
        batches++;
      }
      int done = batches;
      LOG.info(() -> "service targets: revision " + revision + " worked out, " + done + " batches");
    } catch (RuntimeException e) {
      LOG.warning("service-target recompute: " + e.getClass().getSimpleName());
    }
  }

  @PreDestroy
  void stop() {
    if (escalating != null) {
      escalating.cancel(false);
    }
    if (recomputing != null) {
      recomputing.cancel(false);
    }
  }
}
