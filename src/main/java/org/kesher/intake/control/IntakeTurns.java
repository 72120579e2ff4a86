package org.kesher.intake.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.ConfigProvider;
import org.kesher.ground.control.Setting;

/**
 * How many requests this node opens at once ({@code kesher.intake.parallel}, four per core unless
 * set). More intakes at once than that only queue inside, for the unit's assignment lock, for
 * connections and for the cores, each holding what it has: on two cores a node's throughput fell by
 * a third from 8 to 32 connections (bench, issue 22). The others wait here for their turn, in order
 * of arrival, as long as a request waits for a connection ({@code kesher.db.pool-wait-millis});
 * then the request is answered 503 and nothing of it is stored.
 */
@ApplicationScoped
public class IntakeTurns {

  private Semaphore turns;
  private long waitMillis;

  public IntakeTurns() {}

  /** Turns of this size and wait, for the tests. */
  IntakeTurns(int parallel, long waitMillis) {
    this.turns = new Semaphore(parallel, true);
    this.waitMillis = waitMillis;
  }

  @PostConstruct
  void size() {
    var config = ConfigProvider.getConfig();
    int parallel =
        config
            .getOptionalValue(Setting.INTAKE_PARALLEL.key(), Integer.class)
            .orElse(4 * Runtime.getRuntime().availableProcessors());
    turns = new Semaphore(parallel, true);
    waitMillis = config.getValue(Setting.DB_POOL_WAIT_MILLIS.key(), Long.class);
  }

  /**
   * Opens a request in its turn.
   *
   * @throws NoTurn when no turn came in time (answered 503, try again)
   */
  public <T> T open(Supplier<T> intake) {
    try {
      if (!turns.tryAcquire(waitMillis, TimeUnit.MILLISECONDS)) {
        throw new NoTurn();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NoTurn();
    }
    try {
      return intake.get();
    } finally {
      turns.release();
    }
  }

  /** No turn came in time: the node is overloaded for now (answered 503, as a pool wait is). */
  public static class NoTurn extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoTurn() {
      super(
          "no intake turn in time",
          new SQLTransientConnectionException("every intake turn of this node is taken"));
    }
  }
}
