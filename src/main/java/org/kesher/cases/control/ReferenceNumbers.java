package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.kesher.cases.entity.CaseReference;
import org.kesher.ground.control.Israel;

/**
 * Hands out case references, {@code KS-<year>-<number>}, from blocks reserved in the database. The
 * year is Israel's calendar year. Numbers are unique across nodes and never reused; some are
 * skipped (a restart, a request found invalid after it took its number).
 */
@ApplicationScoped
public class ReferenceNumbers {

  static final ZoneId ISRAEL = Israel.ZONE;

  /**
   * Numbers reserved at once. Each reservation is a transaction of its own, committed to disk,
   * while every intake of the node waits for it: with 20, one in twenty intakes paid a second
   * commit (bench, issue 22). A restart skips what is left of its block, at most this many less
   * one.
   */
  static final int BLOCK = 100;

  /**
   * How long a request waits for another's reservation of a block: as long as for a connection
   * (kesher.db.pool-wait-millis, 5 s). Without a bound, with the database out of reach the requests
   * queued here one pool wait after the other.
   */
  static final long WAIT_MILLIS = 5_000;

  @Inject ReferenceBlocks blocks;

  Clock clock = Clock.systemUTC();

  private final ReentrantLock lock = new ReentrantLock();

  private int year;
  private long next;
  private long end;

  /**
   * @throws ReferencesUnavailable when no block could be had in time (the database out of reach)
   */
  public CaseReference next() {
    try {
      if (!lock.tryLock(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
        throw new ReferencesUnavailable();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReferencesUnavailable();
    }
    try {
      int now = ZonedDateTime.now(clock.withZone(ISRAEL)).getYear();
      if (now != year || next >= end) {
        long first = reserve(now);
        year = now;
        next = first;
        end = first + BLOCK;
      }
      return new CaseReference(year, next++);
    } finally {
      lock.unlock();
    }
  }

  /** No reference could be had in time: the database is out of reach (answered 503). */
  public static class ReferencesUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ReferencesUnavailable() {
      super(
          "no case reference in time",
          new java.sql.SQLTransientConnectionException("the reference counter is out of reach"));
    }
  }

  private long reserve(int forYear) {
    try {
      return blocks.reserve(forYear, BLOCK);
    } catch (ReferenceBlocks.ReferenceCounterRace raced) {
      return blocks.reserve(forYear, BLOCK);
    }
  }
}
