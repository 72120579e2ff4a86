package org.kesher.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kesher.catalogue.control.CatalogueEdition;
import org.kesher.catalogue.control.Kept;
import org.kesher.catalogue.entity.RoutingRule;
import org.kesher.catalogue.entity.Unit;

/**
 * Decides which unit owns a new request, from the active routing rules, kept in memory as a {@link
 * RoutingTable} between changes of the catalogue ({@link Kept}).
 */
@ApplicationScoped
public class Router {

  @PersistenceContext EntityManager em;

  @Inject CatalogueEdition edition;

  /** The active rules, and the intake desk that takes what no rule matches (null if none). */
  private record Routes(RoutingTable table, Long intakeDeskId) {}

  private final Kept<Routes> routes = new Kept<>(() -> edition);

  /**
   * Where a new request goes, and why.
   *
   * @param ruleId the rule that decided, or null when none matched and the intake desk takes it
   */
  public record Decision(long unitId, Long ruleId) {

    /** How the timeline tells the decision: the rule's id, or the fallback. */
    public String reason() {
      return ruleId == null ? "fallback: intake desk" : "routing rule " + ruleId;
    }
  }

  /**
   * The owning unit of a new request and the rule that chose it.
   *
   * @param localityId the resident's locality, or null when they gave none
   * @throws IllegalStateException when no rule matches and no unit is the intake desk
   */
  public Decision decide(long requestTypeId, Long localityId) {
    Routes now = routes.get(this::read);
    return now.table()
        .ruleFor(requestTypeId, localityId)
        .map(rule -> new Decision(rule.unitId(), rule.ruleId()))
        .orElseGet(
            () -> {
              if (now.intakeDeskId() == null) {
                throw new IllegalStateException("no unit is marked as the intake desk");
              }
              return new Decision(now.intakeDeskId(), null);
            });
  }

  private Routes read() {
    // the rules' columns only: loading the rules as entities read each one's type, locality and
    // unit one query at a time
    var table =
        new RoutingTable(
            em.createNamedQuery(RoutingRule.ACTIVE_ROUTES, Object[].class).getResultList().stream()
                .map(
                    row ->
                        new RoutingTable.Route(
                            ((Number) row[0]).longValue(),
                            row[1] == null ? null : ((Number) row[1]).longValue(),
                            row[2] == null ? null : ((Number) row[2]).longValue(),
                            ((Number) row[3]).longValue(),
                            ((Number) row[4]).intValue()))
                .toList());
    Long desk =
        em.createNamedQuery(Unit.INTAKE_DESK, Unit.class)
            .getResultStream()
            .findFirst()
            .map(Unit::id)
            .orElse(null);
    return new Routes(table, desk);
  }
}
