package org.kesher.app.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.kesher.app.control.StartupChecks;
import org.kesher.ground.control.JobClaims;
import org.kesher.sealing.control.KeyLedger;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.Resealing;
import org.kesher.sealing.control.SealingKeys;

/**
 * After a new data key or index key: every sealed value is sealed again under the newest data key
 * and every blind index (exact and word) computed again with the index key, in batches, on one node
 * of several (a claim per hour: a node that stops mid-way leaves the rest to the next hour's, which
 * resumes after the last batch committed). When all is done the older data keys are retired and the
 * index key's fingerprint written. Progress is on the administrators' keys page.
 */
@Singleton
@Startup
@DependsOn("StartupChecks")
public class KeyRotationJobs {

  static final int BATCH = 200;

  private static final Logger LOG = Logger.getLogger(KeyRotationJobs.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Resource(lookup = StartupChecks.DATA_SOURCE)
  DataSource dataSource;

  @Inject StartupChecks startup;

  @Inject JobClaims claims;

  @Inject KeyRotationSteps steps;

  private ScheduledFuture<?> round;

  private volatile boolean done;

  @PostConstruct
  void start() {
    KeyLedger.State state = startup.keyState();
    done = state == null || !(state.resealNeeded(SealingKeys.ring()) || state.rebuildNeeded());
    if (!done) {
      round = scheduler.scheduleWithFixedDelay(this::run, 5, 60, TimeUnit.SECONDS);
    }
  }

  /** Whether nothing is left to re-seal or rebuild since this node started. */
  public boolean isDone() {
    return done;
  }

  void run() {
    if (done) {
      return;
    }
    KeyRing ring = SealingKeys.ring();
    String hour = Instant.now().truncatedTo(ChronoUnit.HOURS).toString();
    try {
      if (!claims.claim(Resealing.job(ring), hour)) {
        return;
      }
      boolean reindex = startup.keyState().rebuildNeeded();
      long changed = Resealing.run(dataSource, ring, reindex, BATCH);
      if (reindex) {
        while (!steps.words(Resealing.job(ring), BATCH)) {
          // the next batch
        }
        try (Connection c = dataSource.getConnection()) {
          c.setAutoCommit(true);
          KeyLedger.writeFingerprint(c, ring, Instant.now());
        }
      }
      done = true;
      LOG.info(() -> "keys: " + changed + " rows sealed again or indexed with the current keys");
    } catch (SQLException | RuntimeException e) {
      LOG.warning("key rotation: " + e.getClass().getSimpleName() + ", resumed within the hour");
    }
  }

  @PreDestroy
  void stop() {
    if (round != null) {
      round.cancel(false);
    }
  }
}
