package org.kesher.buildings.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A building's address as residents write it, found again however it was written. */
class AddressKeyTest {

  @Test
  void theWaysOneBuildingIsWrittenMeetInOneKey() {
    // written, street, number, the building it is (the same letter: the same building)
    String[][] rows = {
      {"רחוב הרצל 12, חיפה", "רחוב הרצל", "12", "A"},
      {"הרצל 12", "הרצל", "12", "A"},
      {"רח' הרצל 12", "רח' הרצל", "12", "A"},
      {"  הרצל   12 ,חיפה ", "הרצל", "12", "A"},
      {"הרצל 12א", "הרצל", "12א", "B"},
      {"רחוב הרצל 12 א", "רחוב הרצל", "12א", "B"},
      {"הרצל 14", "הרצל", "14", "C"},
      {"12 Herzl St.", "Herzl St.", "12", "D"},
      {"Herzl street 12, Haifa", "Herzl street", "12", "D"},
      {"شارع الجبل 7", "شارع الجبل", "7", "E"},
      {"الجبل 7، حيفا", "الجبل", "7", "E"},
      {"שדרות בן גוריון 3", "שדרות בן גוריון", "3", "F"},
      {"בן גוריון 3", "בן גוריון", "3", "F"},
    };
    List<String> wrong = new ArrayList<>();
    java.util.Map<String, String> keyOf = new java.util.HashMap<>();
    for (String[] row : rows) {
      var parsed = AddressKey.parse(row[0]);
      if (parsed.isEmpty()
          || !parsed.get().street().equals(row[1])
          || !parsed.get().number().equals(row[2])) {
        wrong.add(row[0] + " read as " + parsed);
        continue;
      }
      String key = AddressKey.of(4L, parsed.get().street(), parsed.get().number());
      String earlier = keyOf.putIfAbsent(row[3], key);
      if (earlier != null && !earlier.equals(key)) {
        wrong.add(row[0] + ": " + key + " is not " + earlier);
      }
    }
    assertEquals(List.of(), wrong);
    assertEquals(6, keyOf.values().stream().distinct().count(), "six buildings: " + keyOf);
    assertTrue(
        !AddressKey.of(4L, "הרצל", "12").equals(AddressKey.of(5L, "הרצל", "12")),
        "the same street in another locality is another building");
  }

  @Test
  void anAddressWithoutANumberOrAStreetIsNotOne() {
    for (String written : new String[] {"", "   ", "הרצל", "12", "רחוב 12", null}) {
      assertTrue(AddressKey.parse(written).isEmpty(), "'" + written + "'");
    }
  }
}
