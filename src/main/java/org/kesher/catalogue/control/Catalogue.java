package org.kesher.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Programme;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;

/**
 * Reads the service catalogue: request types with their fields, units, their programmes and
 * localities.
 */
@ApplicationScoped
public class Catalogue {

  @PersistenceContext EntityManager em;

  /** Active request types with their fields and options, loaded in three queries. */
  public List<RequestType> requestTypes() {
    return em.createNamedQuery(RequestType.ACTIVE, RequestType.class)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "t.fields")
        .setHint("eclipselink.batch", "t.fields.options")
        .getResultList();
  }

  /** Active request types without their fields: for names in lists. */
  public List<RequestType> activeTypes() {
    return em.createNamedQuery(RequestType.ACTIVE, RequestType.class).getResultList();
  }

  /** The type with its fields and their options, in three queries. */
  public Optional<RequestType> requestType(String code) {
    return em.createNamedQuery(RequestType.BY_CODE, RequestType.class)
        .setParameter("code", code)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "t.fields")
        .setHint("eclipselink.batch", "t.fields.options")
        .getResultStream()
        .findFirst();
  }

  public List<Unit> units() {
    return em.createNamedQuery(Unit.ACTIVE, Unit.class)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "u.locality")
        .getResultList();
  }

  public List<Locality> localities() {
    return em.createNamedQuery(Locality.ACTIVE, Locality.class).getResultList();
  }

  /** The active programmes of the active units, in the units' order, with their unit and type. */
  public List<Programme> programmes() {
    return em.createNamedQuery(Programme.ACTIVE, Programme.class)
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "p.unit")
        .setHint("eclipselink.batch", "p.requestType")
        .getResultList();
  }
}
