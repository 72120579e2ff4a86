package org.kesher.routing.control;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The routing rules as plain data, and the choice among them: of the rules that match a request's
 * type and locality, the most specific wins (type and locality, then type alone, then locality
 * alone, then a catch-all), then the lower priority number, then the older rule. No match means the
 * intake desk.
 */
public final class RoutingTable {

  /** One rule; a null type or locality matches any. */
  public record Route(long ruleId, Long requestTypeId, Long localityId, long unitId, int priority) {

    boolean matches(long typeId, Long locality) {
      return (requestTypeId == null || requestTypeId == typeId)
          && (localityId == null || Objects.equals(localityId, locality));
    }

    int specificity() {
      return (requestTypeId != null ? 2 : 0) + (localityId != null ? 1 : 0);
    }
  }

  private static final Comparator<Route> BEST_FIRST =
      Comparator.comparingInt(Route::specificity)
          .reversed()
          .thenComparingInt(Route::priority)
          .thenComparingLong(Route::ruleId);

  private final List<Route> routes;

  public RoutingTable(List<Route> routes) {
    this.routes = routes.stream().sorted(BEST_FIRST).toList();
  }

  /**
   * The best matching rule, or empty for the intake desk.
   *
   * @param localityId the resident's locality, or null when they gave none
   */
  public Optional<Route> ruleFor(long requestTypeId, Long localityId) {
    return routes.stream().filter(r -> r.matches(requestTypeId, localityId)).findFirst();
  }
}
