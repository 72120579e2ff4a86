package org.kesher.routing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.routing.entity.RoutingRule;

/** Decides which unit owns a new request, from the active routing rules. */
@ApplicationScoped
public class Router {

  @PersistenceContext EntityManager em;

  /**
   * Where a new request goes, and why.
   *
   * @param ruleId the rule that decided, or null when none matched and the intake desk takes it
   */
  public record Decision(Unit unit, Long ruleId) {

    /** How the timeline tells the decision: the rule's id, or the fallback. */
    public String reason() {
      return ruleId == null ? "fallback: intake desk" : "routing rule " + ruleId;
    }
  }

  /** The owning unit of a new request of this type from this locality (which may be null). */
  public Unit route(RequestType type, Locality locality) {
    return decide(type, locality).unit();
  }

  /** The owning unit and the rule that chose it. */
  public Decision decide(RequestType type, Locality locality) {
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
    return table
        .ruleFor(type.id(), locality == null ? null : locality.id())
        .map(rule -> new Decision(em.find(Unit.class, rule.unitId()), rule.ruleId()))
        .orElseGet(() -> new Decision(intakeDesk(), null));
  }

  public Unit intakeDesk() {
    return em.createNamedQuery(Unit.INTAKE_DESK, Unit.class)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no unit is marked as the intake desk"));
  }
}
