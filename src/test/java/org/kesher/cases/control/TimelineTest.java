package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimelineTest {

  /** Events written before the other case had its column named it in their text. */
  @Test
  void readsTheOtherCaseOutOfAnOlderEventsText() {
    assertEquals(
        new Timeline.Named("KS-2026-000123", null), Timeline.namedInText("= KS-2026-000123").get());
    assertEquals(
        new Timeline.Named("KS-2026-1234567", "(contact not shared)"),
        Timeline.namedInText("→ KS-2026-1234567 (contact not shared)").get());
    assertTrue(Timeline.namedInText("We spoke of KS-2026-000123 on the phone").isEmpty());
    assertTrue(Timeline.namedInText("= KS-1999-000001").isEmpty(), "no possible case");
    assertTrue(Timeline.namedInText("= KS-2026-000123 and more").isEmpty());
  }
}
