package org.kesher.admin.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.kesher.access.entity.MemberRole;
import org.kesher.cases.entity.CannedReply;
import org.kesher.catalogue.control.CatalogueSnapshot;
import org.kesher.catalogue.control.ReplyDraft;
import org.kesher.catalogue.control.RuleDraft;
import org.kesher.catalogue.control.Staffing;
import org.kesher.catalogue.control.TypeDraft;
import org.kesher.catalogue.control.UnitDraft;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.routing.entity.RoutingRule;

/**
 * The whole catalogue, active or not, as the drafts {@code CatalogueRules} checks: for every save
 * of the admin screens and for the test that holds the seed migrations to the same rules.
 */
public final class CatalogueReading {

  private final EntityManager em;

  public CatalogueReading(EntityManager em) {
    this.em = em;
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
    return new CatalogueSnapshot(units, types, localities, rules, staffing());
  }

  /**
   * Per unit, its enabled heads and enabled members (heads included); units without staff left out.
   */
  public Map<Long, Staffing> staffing() {
    Map<Long, long[]> counts = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "SELECT m.unit.id, m.role, COUNT(m) FROM UnitMembership m"
                    + " WHERE m.staff.enabled = TRUE GROUP BY m.unit.id, m.role",
                Object[].class)
            .getResultList()) {
      long[] unit = counts.computeIfAbsent((Long) row[0], id -> new long[2]);
      long n = ((Number) row[2]).longValue();
      if (row[1] == MemberRole.HEAD) {
        unit[0] += n;
      }
      unit[1] += n;
    }
    Map<Long, Staffing> staffing = new HashMap<>();
    counts.forEach((unit, c) -> staffing.put(unit, new Staffing(c[0], c[1])));
    return staffing;
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
