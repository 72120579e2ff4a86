package org.kesher.intake.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** At most so many intakes at once; the others wait their turn, or are refused after the wait. */
class IntakeTurnsTest {

  @Test
  void neverMoreAtOnceThanTheTurnsAndEveryoneGetsOne() throws Exception {
    var turns = new IntakeTurns(3, 10_000);
    var inside = new AtomicInteger();
    var most = new AtomicInteger();
    var done = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      Thread t =
          new Thread(
              () ->
                  turns.open(
                      () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        try {
                          Thread.sleep(20);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        inside.decrementAndGet();
                        return done.incrementAndGet();
                      }));
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertEquals(24, done.get(), "every request had its turn");
    assertEquals(3, most.get(), "three at once, never more");
  }

  @Test
  void aRequestWithoutATurnInTimeIsRefusedAsTheDatabaseBeingBusy() throws Exception {
    var turns = new IntakeTurns(1, 200);
    var holding = new CountDownLatch(1);
    var release = new CountDownLatch(1);
    Thread holder =
        new Thread(
            () ->
                turns.open(
                    () -> {
                      holding.countDown();
                      try {
                        return release.await(10, TimeUnit.SECONDS);
                      } catch (InterruptedException e) {
                        return false;
                      }
                    }));
    holder.start();
    assertTrue(holding.await(5, TimeUnit.SECONDS));
    long start = System.nanoTime();
    var refused = assertThrows(IntakeTurns.NoTurn.class, () -> turns.open(() -> "never"));
    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertTrue(waited >= 150, "waited for a turn first: " + waited + " ms");
    assertInstanceOf(SQLTransientConnectionException.class, refused.getCause(), "a 503 problem");
    release.countDown();
    holder.join();
    assertEquals("after", turns.open(() -> "after"), "the turn came back after the holder");
  }

  @Test
  void aFailedIntakeGivesItsTurnBack() {
    var turns = new IntakeTurns(1, 200);
    assertThrows(
        IllegalStateException.class,
        () ->
            turns.open(
                () -> {
                  throw new IllegalStateException("invalid request");
                }));
    assertEquals("next", turns.open(() -> "next"));
  }
}
