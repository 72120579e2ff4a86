package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kesher.cases.entity.EventKind;
import org.kesher.cases.entity.Referral;
import org.kesher.routing.control.Router;

/** Kesher's own words in a timeline become message keys; what people wrote stays as written. */
class TimelineWordingTest {

  private static Optional<TimelineWording.Said> said(EventKind kind, String text) {
    return TimelineWording.of(kind, text, id -> id == 7 ? "Rights · Haifa" : null);
  }

  @Test
  void theRoutingDecisionNamesItsRuleOrTheIntakeDesk() {
    assertEquals(
        Optional.of(new TimelineWording.Said("routedByRule", "Rights · Haifa")),
        said(EventKind.ROUTED, new Router.Decision(3, 7L).reason()));
    assertEquals(
        Optional.of(new TimelineWording.Said("routedByRule", "#8")),
        said(EventKind.ROUTED, new Router.Decision(3, 8L).reason()),
        "a rule since removed is named by its number");
    assertEquals(
        Optional.of(new TimelineWording.Said("routedToDesk", "")),
        said(EventKind.ROUTED, new Router.Decision(3, null).reason()));
  }

  @Test
  void aReferralWithoutConsentSaysSoInWords() {
    assertEquals(
        Optional.of(new TimelineWording.Said("contactNotShared", "")),
        said(EventKind.REFERRED, Referral.CONTACT_NOT_SHARED));
  }

  @Test
  void whatPeopleWroteIsLeftAsItIs() {
    assertTrue(said(EventKind.INTERNAL_NOTE, "routing rule 7").isEmpty());
    assertTrue(said(EventKind.RESIDENT_REPLY, Referral.CONTACT_NOT_SHARED).isEmpty());
    assertTrue(said(EventKind.REFERRED, "the summary").isEmpty());
    assertTrue(said(EventKind.ROUTED, null).isEmpty());
  }
}
