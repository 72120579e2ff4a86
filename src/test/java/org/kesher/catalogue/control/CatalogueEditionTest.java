package org.kesher.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.kesher.ground.control.Grid;
import org.kesher.ground.control.GridMembers;

/** A change of the catalogue on one node moves the edition of the others through the grid. */
class CatalogueEditionTest {

  private static CatalogueEdition on(Grid grid) {
    var edition = new CatalogueEdition();
    edition.grid = grid;
    edition.listen();
    return edition;
  }

  @Test
  void anotherNodeHearsOfAChangeAtOnce() throws InterruptedException {
    try (var members = new GridMembers(2)) {
      CatalogueEdition here = on(Grid.of(members.member(0)));
      CatalogueEdition there = on(Grid.of(members.member(1)));
      long before = there.number();
      here.announce();
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (there.number() == before && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue(there.number() > before, "the other node's copies are out of date");
      assertEquals(
          Duration.ofMinutes(1), there.unseenAtMost(), "on a grid the copies' age is a backstop");
      here.stop();
      there.stop();
    }
  }

  @Test
  void withoutAGridCopiesAreReadAgainAfterTwoSeconds() {
    CatalogueEdition alone = on(new Grid());
    alone.announce();
    assertEquals(0, alone.number(), "no grid, no notice");
    assertEquals(Duration.ofSeconds(2), alone.unseenAtMost());
  }
}
