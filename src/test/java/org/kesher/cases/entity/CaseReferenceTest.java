package org.kesher.cases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import org.junit.jupiter.api.Test;

class CaseReferenceTest {

  @Test
  void printsAndReadsTheSpokenForm() {
    assertEquals("KS-2026-004817", new CaseReference(2026, 4817).toString());
    assertEquals(
        new CaseReference(2026, 4817), CaseReference.parse(" ks-2026-004817 ").orElseThrow());
    assertEquals("KS-2026-1234567", new CaseReference(2026, 1_234_567).toString());
    assertTrue(CaseReference.parse("KS-26-4817").isEmpty());
    assertTrue(CaseReference.parse("'; DROP TABLE case_file; --").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> new CaseReference(2026, 0));
  }

  /** Well-formed but impossible references are no case at all: never an exception. */
  @Test
  void impossibleReferencesAreUnknownNotErrors() {
    for (String impossible :
        new String[] {"KS-1999-000001", "KS-0000-000001", "KS-2026-000000", "ks-2026-000000000"}) {
      assertTrue(CaseReference.parse(impossible).isEmpty(), impossible);
    }
    assertEquals(
        CaseReference.parse("KS-2026-000340"), CaseReference.parse("ks-2026-0000340"), "one case");
    assertEquals(
        new CaseReference(9999, 999_999_999L), CaseReference.parse("KS-9999-999999999").get());
  }

  @Test
  void trackingCodesAreRandomAndStoredOnlyAsSaltedHashes() {
    var codes = new HashSet<String>();
    for (int i = 0; i < 1000; i++) {
      codes.add(TrackingCode.generate());
    }
    assertEquals(1000, codes.size());
    String code = TrackingCode.generate();
    assertTrue(code.matches("[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}"), code);
    String stored = TrackingCode.hash(code);
    assertFalse(stored.contains(code.replace("-", "")));
    assertNotEquals(stored, TrackingCode.hash(code), "salted");
    assertTrue(TrackingCode.matches(code, stored));
    assertTrue(TrackingCode.matches(code.toLowerCase().replace("-", " "), stored));
    assertFalse(TrackingCode.matches(TrackingCode.generate(), stored));
    assertFalse(TrackingCode.matches(code, "garbage"));
  }
}
