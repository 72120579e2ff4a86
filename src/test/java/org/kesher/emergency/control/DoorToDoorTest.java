package org.kesher.emergency.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kesher.emergency.entity.Household;

/** A door-to-door round: by street, then by house as a number; no street last. */
class DoorToDoorTest {

  private static Household at(String street, String house) {
    return new Household(street + " " + house, null, street, house, List.of(), null, null);
  }

  @Test
  void streetThenHouseAsANumber() {
    var round =
        new ArrayList<>(
            List.of(
                at("הרצל", "10"),
                at("אלון", "5"),
                at("הרצל", "2"),
                at(null, "1"),
                at("הרצל", "12א"),
                at("  הרצל ", "12"),
                at("אלון", null),
                at("הרצל", "ב")));
    round.sort(new DoorToDoor());
    assertEquals(
        List.of(
            "אלון 5",
            "אלון null",
            "הרצל 2",
            "הרצל 10",
            "  הרצל  12",
            "הרצל 12א",
            "הרצל ב",
            "null 1"),
        round.stream().map(Household::name).toList());
  }

  @Test
  void housesCompareAsNumbers() {
    assertEquals(-1, Integer.signum(DoorToDoor.compareHouses("9", "10")));
    assertEquals(-1, Integer.signum(DoorToDoor.compareHouses("12", "12/3")));
    assertEquals(0, DoorToDoor.compareHouses(" 7 ", "7"));
  }
}
