package org.kesher.cases.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.kesher.access.entity.MemberRole;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;

/**
 * The sealed cases that nobody may see: their unit has no enabled head and no enabled caseworker is
 * assigned to them, so the visibility rule ({@link CaseVisibility}) opens them to no viewer. Closed
 * cases count too, since they are as unreadable. This is the one count that is not asked on behalf
 * of a viewer: it answers only a unit and a number, never a reference or anything of a case, for
 * the start-up console and the administrators' units screen, until a head is appointed.
 */
public final class StrandedCases {

  /** How many sealed cases of one unit nobody may see. */
  public record Stranded(long unitId, String unitCode, String unitName, long count)
      implements java.io.Serializable {}

  private static final String QUERY =
      "SELECT c.unit.id, COUNT(c) FROM CaseFile c LEFT JOIN c.assignee a"
          + " WHERE c.confidentiality = :sealed"
          + " AND (a.id IS NULL OR a.enabled = FALSE)"
          + " AND NOT EXISTS (SELECT m.id FROM UnitMembership m"
          + " WHERE m.unit.id = c.unit.id AND m.role = :head AND m.staff.enabled = TRUE)"
          + " GROUP BY c.unit.id ORDER BY c.unit.id";

  private StrandedCases() {}

  /** Per unit with such cases, its code, its name in {@code language} and the count. */
  public static List<Stranded> perUnit(EntityManager em, Language language) {
    List<Stranded> found = new ArrayList<>();
    for (Object[] row :
        em.createQuery(QUERY, Object[].class)
            .setParameter("sealed", Confidentiality.SEALED)
            .setParameter("head", MemberRole.HEAD)
            .getResultList()) {
      Unit unit = em.find(Unit.class, row[0]);
      found.add(
          new Stranded(
              unit.id(), unit.code(), unit.name().in(language), ((Number) row[1]).longValue()));
    }
    return found;
  }
}
