package org.kesher.ground.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** An allowance counted in memory, and on a real two-member data grid shared by both nodes. */
class AllowanceTest {

  private static GridMembers grid;

  @BeforeAll
  static void join() {
    grid = new GridMembers(2);
  }

  @AfterAll
  static void leave() {
    grid.close();
  }

  @Test
  void inMemoryEachClientHasItsOwn() {
    Allowance allowance = Allowance.inMemory(3, Duration.ofHours(1));
    assertTrue(allowance.left("10.0.0.1"), "a client never seen has its whole allowance");
    for (int i = 0; i < 3; i++) {
      assertTrue(allowance.take("10.0.0.1"), "take " + (i + 1));
    }
    assertFalse(allowance.take("10.0.0.1"));
    assertFalse(allowance.left("10.0.0.1"));
    assertTrue(allowance.left("10.0.0.2"), "another client is not held");
  }

  @Test
  void twoNodesTakeFromOneAllowanceOnTheGrid() {
    assertEquals(2, grid.member(0).getCluster().getMembers().size(), "one cluster of two");
    Allowance first = Allowance.of(Grid.of(grid.member(0)), "test-shared", 10, Duration.ofHours(1));
    Allowance second =
        Allowance.of(Grid.of(grid.member(1)), "test-shared", 10, Duration.ofHours(1));
    // a client alternating between the nodes gets ten in all, not ten on each
    int taken = 0;
    for (int i = 0; i < 20; i++) {
      if ((i % 2 == 0 ? first : second).take("192.0.2.7")) {
        taken++;
      }
    }
    assertEquals(10, taken);
    assertFalse(first.left("192.0.2.7"));
    assertFalse(second.left("192.0.2.7"));
    assertTrue(second.left("192.0.2.8"), "another client is not held");
    assertFalse(
        grid.member(0).getMap("kesher-allowance-test-shared").containsKey("192.0.2.8"),
        "asking whether a client has any left keeps nothing of a client never seen");
  }

  @Test
  void concurrentTakesOnBothNodesNeverExceedTheAllowance() throws Exception {
    Allowance[] nodes = {
      Allowance.of(Grid.of(grid.member(0)), "test-race", 50, Duration.ofHours(1)),
      Allowance.of(Grid.of(grid.member(1)), "test-race", 50, Duration.ofHours(1))
    };
    AtomicInteger taken = new AtomicInteger();
    var threads =
        IntStream.range(0, 8)
            .mapToObj(
                t ->
                    new Thread(
                        () -> {
                          for (int i = 0; i < 25; i++) {
                            if (nodes[t % 2].take("198.51.100.1")) {
                              taken.incrementAndGet();
                            }
                          }
                        }))
            .toList();
    threads.forEach(Thread::start);
    for (Thread thread : threads) {
      thread.join();
    }
    assertEquals(50, taken.get(), "200 attempts from 8 threads on 2 nodes, 50 allowed");
  }

  @Test
  void aLoneMemberCountsInMemoryAndAPairOnTheGrid() {
    try (var lone = new GridMembers(1)) {
      var member = lone.member(0);
      Allowance allowance = Allowance.of(Grid.of(member), "test-lone", 2, Duration.ofHours(1));
      assertTrue(allowance.take("203.0.113.7"));
      assertTrue(allowance.take("203.0.113.7"));
      assertFalse(allowance.take("203.0.113.7"), "the allowance holds on a lone member");
      assertTrue(
          member.getMap("kesher-allowance-test-lone").isEmpty(),
          "a lone member's allowance never touches the grid's map");
    }
    // two members: the same call keeps its buckets on the grid
    Allowance shared = Allowance.of(Grid.of(grid.member(0)), "test-pair", 2, Duration.ofHours(1));
    assertTrue(shared.take("203.0.113.8"));
    assertTrue(grid.member(1).getMap("kesher-allowance-test-pair").containsKey("203.0.113.8"));
  }

  @Test
  void withoutAGridTheAllowanceIsThisNodes() {
    Allowance alone = Allowance.of(new Grid(), "test-alone", 1, Duration.ofHours(1));
    assertTrue(alone.take("203.0.113.1"));
    assertFalse(alone.take("203.0.113.1"));
  }
}
