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
    assertEquals(
        Optional.of(99L), table.ruleFor(PROTECTION, ALUMA).map(RoutingTable.Route::unitId));
    assertEquals(Optional.of(2L), table.ruleFor(PROTECTION, 13L).map(RoutingTable.Route::unitId));
    assertEquals(Optional.of(2L), table.ruleFor(PROTECTION, null).map(RoutingTable.Route::unitId));
    assertEquals(Optional.of(15L), table.ruleFor(SELF_HELP, HAIFA).map(RoutingTable.Route::unitId));
    assertEquals(
        Optional.of(40L),
        table.ruleFor(10, HAIFA).map(RoutingTable.Route::unitId),
        "a locality-only rule");
  }

  @Test
  void noMatchMeansTheIntakeDesk() {
    assertEquals(Optional.empty(), table.ruleFor(SELF_HELP, 4L).map(RoutingTable.Route::unitId));
    assertEquals(Optional.empty(), table.ruleFor(10, null).map(RoutingTable.Route::unitId));
  }
}
