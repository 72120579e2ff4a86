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

  /** The owning unit of a new request of this type from this locality (which may be null). */
  public Unit route(RequestType type, Locality locality) {
    var table =
        new RoutingTable(
            em.createNamedQuery(RoutingRule.ACTIVE, RoutingRule.class).getResultList().stream()
                .map(RoutingRule::asRoute)
                .toList());
    return table
        .unitFor(type.id(), locality == null ? null : locality.id())
        .map(id -> em.find(Unit.class, id))
        .orElseGet(this::intakeDesk);
  }

  public Unit intakeDesk() {
    return em.createNamedQuery(Unit.INTAKE_DESK, Unit.class)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no unit is marked as the intake desk"));
  }
}
