package org.kesher.selfhelp.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.kesher.selfhelp.entity.GroupStatus;
import org.kesher.selfhelp.entity.SelfHelpGroup;

/**
 * The yearly confirmation of the directory: published entries whose confirmation is a year old are
 * flagged to their centre (its entries page lists them first), and hidden once the grace period
 * passes without a confirmation. Reads only entries due at {@code now}.
 */
@ApplicationScoped
public class GroupReview {

  @PersistenceContext EntityManager em;

  /** Reviews every entry due at {@code now}; returns how many were flagged and hidden. */
  public Map<GroupStatus, Integer> review(Instant now) {
    Map<GroupStatus, Integer> done = new EnumMap<>(GroupStatus.class);
    em.createQuery(
            "SELECT g FROM SelfHelpGroup g WHERE g.status = :published AND"
                + " (g.confirmedAt <= :yearAgo OR g.flaggedAt <= :graceAgo)",
            SelfHelpGroup.class)
        .setParameter("published", GroupStatus.PUBLISHED)
        .setParameter("yearAgo", now.minus(SelfHelpGroup.REVIEW_AFTER))
        .setParameter("graceAgo", now.minus(SelfHelpGroup.GRACE))
        .getResultList()
        .forEach(g -> g.review(now).ifPresent(s -> done.merge(s, 1, Integer::sum)));
    return done;
  }
}
