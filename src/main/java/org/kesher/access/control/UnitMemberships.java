package org.kesher.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import org.kesher.access.entity.MemberRole;
import org.kesher.catalogue.control.Staffing;
import org.kesher.catalogue.control.UnitStaffing;

/** The catalogue's question "who works in each unit" answered from the staff's memberships. */
@ApplicationScoped
public class UnitMemberships implements UnitStaffing {

  @PersistenceContext EntityManager em;

  /** For the container. */
  public UnitMemberships() {}

  /** Over an entity manager of the caller's (tests, and readers outside the container). */
  public UnitMemberships(EntityManager em) {
    this.em = em;
  }

  @Override
  public Map<Long, Staffing> byUnit() {
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
}
