package org.kesher.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dashboard's small sealed counts and its percentiles. */
class FiguresTest {

  @Test
  void aSmallCountHoldingSealedCasesReadsLessThanFive() {
    assertEquals("< 5", Figures.shown(1, 1));
    assertEquals("< 5", Figures.shown(4, 1), "one sealed case among four makes the count small");
    assertEquals("5", Figures.shown(5, 5));
    assertEquals("3", Figures.shown(3, 0), "no sealed case: shown as it is");
    assertEquals("0", Figures.shown(0, 0));
  }

  @Test
  void percentilesByNearestRank() {
    // ten cases: 1, 1, 2, 2, 2, 3, 5, 8, 8, 20 hours
    var histogram =
        List.of(
            new Dashboard.Bucket(1, 2),
            new Dashboard.Bucket(2, 3),
            new Dashboard.Bucket(3, 1),
            new Dashboard.Bucket(5, 1),
            new Dashboard.Bucket(8, 2),
            new Dashboard.Bucket(20, 1));
    assertEquals(2, Figures.percentile(histogram, 0.5).getAsLong(), "the 5th of 10");
    assertEquals(8, Figures.percentile(histogram, 0.9).getAsLong(), "the 9th of 10");
    assertEquals(20, Figures.percentile(histogram, 1.0).getAsLong());
    assertTrue(Figures.percentile(List.of(), 0.5).isEmpty());
  }
}
