package org.kesher.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KeptTest {

  private final AtomicLong edition = new AtomicLong();
  private final AtomicLong nanos = new AtomicLong(1_000);
  private final AtomicInteger reads = new AtomicInteger();
  private final Kept<Integer> kept = new Kept<>(edition::get, () -> MAX_AGE, nanos::get);
  private static final Duration MAX_AGE = Duration.ofSeconds(2);

  private int get() {
    return kept.get(reads::incrementAndGet);
  }

  @Test
  void readsOnceWhileNothingChanges() {
    assertEquals(1, get());
    assertEquals(1, get());
    nanos.addAndGet(MAX_AGE.toNanos() - 1);
    assertEquals(1, get());
    assertEquals(1, reads.get());
  }

  @Test
  void readsAgainAfterAChangeOnThisNode() {
    assertEquals(1, get());
    edition.incrementAndGet();
    assertEquals(2, get());
    assertEquals(2, get());
  }

  @Test
  void readsAgainWhenOlderThanItsMaximumAgeForChangesOnOtherNodes() {
    assertEquals(1, get());
    nanos.addAndGet(MAX_AGE.toNanos());
    assertEquals(2, get());
    assertEquals(2, get());
  }

  @Test
  void aChangeCommittedDuringTheReadLeavesTheCopyOutOfDate() {
    // the read sees the catalogue before the change; the edition moves while it runs
    assertEquals(
        1,
        (int)
            kept.get(
                () -> {
                  edition.incrementAndGet();
                  return reads.incrementAndGet();
                }));
    assertEquals(2, get());
    assertEquals(2, get());
  }
}
