package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;

/**
 * Cases as a staff member finds them: every query here carries {@link CaseVisibility}'s condition,
 * so a case the viewer may not see is never loaded, counted or opened; for them it does not exist.
 */
@ApplicationScoped
public class CaseQueries {

  @PersistenceContext EntityManager em;

  java.time.Clock clock = java.time.Clock.systemUTC();

  /** The newest cases the viewer may see, a page at a time. */
  public List<CaseFile> visible(Viewer viewer, int first, int max) {
    return CaseVisibility.bind(
            em.createQuery(
                "SELECT c FROM CaseFile c WHERE "
                    + CaseVisibility.condition("c")
                    + " ORDER BY c.createdAt DESC, c.id DESC",
                CaseFile.class),
            viewer)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countVisible(Viewer viewer) {
    return CaseVisibility.bind(
            em.createQuery(
                "SELECT COUNT(c) FROM CaseFile c WHERE " + CaseVisibility.condition("c"),
                Long.class),
            viewer)
        .getSingleResult();
  }

  /** Sort orders a queue offers: newest first, or the most urgent first. */
  public enum Order {
    NEWEST,
    OLDEST,
    DUE_FIRST
  }

  /** One page of a queue, the visibility rule and the filter applied in the database. */
  public List<CaseFile> queue(Viewer viewer, QueueFilter filter, Order order, int first, int max) {
    var query =
        em.createQuery(
            "SELECT c FROM CaseFile c WHERE "
                + CaseVisibility.condition("c")
                + QueueConditions.of(filter)
                + switch (order) {
                  case NEWEST -> " ORDER BY c.createdAt DESC, c.id DESC";
                  case OLDEST -> " ORDER BY c.createdAt, c.id";
                  case DUE_FIRST -> " ORDER BY c.resolutionDue, c.id";
                },
            CaseFile.class);
    return QueueConditions.bind(CaseVisibility.bind(query, viewer), viewer, filter, clock.instant())
        .setHint("eclipselink.batch.type", "IN")
        .setHint("eclipselink.batch", "c.requestType")
        .setHint("eclipselink.batch", "c.unit")
        .setHint("eclipselink.batch", "c.assignee")
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long count(Viewer viewer, QueueFilter filter) {
    var query =
        em.createQuery(
            "SELECT COUNT(c) FROM CaseFile c WHERE "
                + CaseVisibility.condition("c")
                + QueueConditions.of(filter),
            Long.class);
    return QueueConditions.bind(CaseVisibility.bind(query, viewer), viewer, filter, clock.instant())
        .getSingleResult();
  }

  /** The count badge of every queue, for one unit or all the viewer's: one query per queue. */
  public Map<Queue, Long> badges(Viewer viewer, Long unitId) {
    Map<Queue, Long> badges = new EnumMap<>(Queue.class);
    for (Queue queue : Queue.values()) {
      badges.put(queue, count(viewer, new QueueFilter(queue, unitId, null, null, null)));
    }
    return badges;
  }

  /**
   * Possible duplicates and related cases of a case: the same requester's phone or email (by blind
   * index), or the same type and locality in the 30 days before it; drawn only from what the viewer
   * may see, newest first, at most {@code max}.
   */
  public List<CaseFile> related(Viewer viewer, CaseFile of, int max) {
    return CaseVisibility.bind(
            em.createQuery(
                "SELECT c FROM CaseFile c WHERE c.id <> :self AND "
                    + CaseVisibility.condition("c")
                    + " AND ((c.requesterPhoneIndex IS NOT NULL AND c.requesterPhoneIndex ="
                    + " :phone) OR (c.requesterEmailIndex IS NOT NULL AND c.requesterEmailIndex ="
                    + " :email) OR (c.requestType = :type AND c.locality = :locality AND"
                    + " c.createdAt BETWEEN :since AND :until))"
                    + " ORDER BY c.createdAt DESC, c.id DESC",
                CaseFile.class),
            viewer)
        .setParameter("self", of.id())
        .setParameter("phone", of.requesterPhoneIndex().orElse("-"))
        .setParameter("email", of.requesterEmailIndex().orElse("-"))
        .setParameter("type", of.requestType())
        .setParameter("locality", of.locality().orElse(null))
        .setParameter("since", of.createdAt().minus(java.time.Duration.ofDays(30)))
        .setParameter("until", of.createdAt())
        .setMaxResults(max)
        .getResultList();
  }

  /** A case opened directly by its reference: empty alike when it does not exist or is hidden. */
  public Optional<CaseFile> open(Viewer viewer, String reference) {
    Optional<CaseReference> parsed = CaseReference.parse(reference);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    return CaseVisibility.bind(
            em.createQuery(
                "SELECT c FROM CaseFile c WHERE c.reference = :reference AND "
                    + CaseVisibility.condition("c"),
                CaseFile.class),
            viewer)
        .setParameter("reference", parsed.get().toString())
        .getResultStream()
        .findFirst();
  }
}
