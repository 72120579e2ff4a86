package org.kesher.routing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kesher.routing.control.RoutingTable.Route;

class RoutingTableTest {

  static final long PROTECTION = 3;
  static final long SELF_HELP = 7;
  static final long ALUMA = 12;
  static final long HAIFA = 1;

  private final RoutingTable table =
      new RoutingTable(
          List.of(
              new Route(1, PROTECTION, null, 2, 100), // protection anywhere: social services
              new Route(2, PROTECTION, ALUMA, 8, 100), // protection in Aluma: its team
              new Route(3, SELF_HELP, HAIFA, 15, 100),
              new Route(4, null, HAIFA, 40, 100), // anything from Haifa
              new Route(5, PROTECTION, ALUMA, 99, 50))); // same match, lower priority number

  @Test
  void theMostSpecificRuleWinsThenThePriority() {
    assertEquals(Optional.of(99L), table.unitFor(PROTECTION, ALUMA));
    assertEquals(Optional.of(2L), table.unitFor(PROTECTION, 13L));
    assertEquals(Optional.of(2L), table.unitFor(PROTECTION, null));
    assertEquals(Optional.of(15L), table.unitFor(SELF_HELP, HAIFA));
    assertEquals(Optional.of(40L), table.unitFor(10, HAIFA), "a locality-only rule");
  }

  @Test
  void noMatchMeansTheIntakeDesk() {
    assertEquals(Optional.empty(), table.unitFor(SELF_HELP, 4L));
    assertEquals(Optional.empty(), table.unitFor(10, null));
  }
}
