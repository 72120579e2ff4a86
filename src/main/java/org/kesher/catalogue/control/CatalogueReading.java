package org.kesher.catalogue.control;

import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import org.kesher.catalogue.entity.CannedReply;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.RoutingRule;
import org.kesher.catalogue.entity.Unit;

/**
 * The whole catalogue, active or not, as the drafts {@code CatalogueRules} checks: for every save
 * of the admin screens and for the test that holds the seed migrations to the same rules.
 */
public final class CatalogueReading {

  private final EntityManager em;

  private final UnitStaffing staffing;

  public CatalogueReading(EntityManager em, UnitStaffing staffing) {
    this.em = em;
    this.staffing = staffing;
  }

  public CatalogueSnapshot snapshot() {
    List<UnitDraft> units =
        em
            .createQuery("SELECT u FROM Unit u ORDER BY u.displayOrder, u.code", Unit.class)
            .getResultList()
            .stream()
            .map(UnitDraft::of)
            .toList();
    List<TypeDraft> types =
        em
            .createQuery(
                "SELECT t FROM RequestType t ORDER BY t.displayOrder, t.code", RequestType.class)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "t.fields")
            .setHint("eclipselink.batch", "t.fields.options")
            .getResultList()
            .stream()
            .map(TypeDraft::of)
            .toList();
    var localities =
        new HashSet<>(em.createQuery("SELECT l.id FROM Locality l", Long.class).getResultList());
    List<RuleDraft> rules = rules().stream().map(CatalogueReading::draft).toList();
    return new CatalogueSnapshot(units, types, localities, rules, staffing.byUnit());
  }

  public List<RoutingRule> rules() {
    return em.createQuery("SELECT r FROM RoutingRule r ORDER BY r.id", RoutingRule.class)
        .getResultList();
  }

  public List<ReplyDraft> replies() {
    return em
        .createQuery("SELECT r FROM CannedReply r ORDER BY r.id", CannedReply.class)
        .getResultList()
        .stream()
        .map(CatalogueReading::draft)
        .toList();
  }

  public static RuleDraft draft(RoutingRule rule) {
    return new RuleDraft(
        rule.id(),
        rule.requestType().map(RequestType::id).orElse(null),
        rule.locality().map(Locality::id).orElse(null),
        rule.unit().id(),
        rule.priority(),
        rule.isActive());
  }

  public static ReplyDraft draft(CannedReply reply) {
    return new ReplyDraft(
        reply.id(), reply.unitId(), reply.language(), reply.title(), reply.body());
  }
}
