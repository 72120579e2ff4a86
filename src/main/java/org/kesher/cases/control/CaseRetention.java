package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.catalogue.entity.RequestType;

/**
 * The cases of a request type past its retention: ended (out of the open statuses), no activity
 * since the period's cutoff, not yet anonymised and not on a legal hold. The job and the
 * administrators' preview ask the same query, so the preview counts exactly what the next run
 * touches. These are counts for the whole department by type, never a case's reference or content:
 * the retention job works on every case, whoever may see it.
 */
@ApplicationScoped
public class CaseRetention {

  private static final String PAST =
      " FROM CaseFile c WHERE c.requestType = :type AND c.status NOT IN :open"
          + " AND c.updatedAt < :cutoff AND c.anonymisedAt IS NULL AND ";
  private static final String NOT_HELD =
      "NOT EXISTS (SELECT h FROM CaseHold h WHERE h.caseId = c.id)";
  private static final String HELD = "EXISTS (SELECT h FROM CaseHold h WHERE h.caseId = c.id)";

  @PersistenceContext EntityManager em;

  /** What the next run would do for one type. */
  public record Preview(RequestType type, long due, long held) {}

  /** The ids of up to {@code max} cases of {@code type} past its period, lowest first. */
  public List<Long> due(RequestType type, Instant now, int max) {
    return bound(
            em.createQuery("SELECT c.id" + PAST + NOT_HELD + " ORDER BY c.id", Long.class),
            type,
            now)
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * For each type, retired ones too: the cases the next run anonymises, and those a legal hold
   * keeps.
   */
  public List<Preview> preview(Instant now) {
    return em
        .createQuery(
            "SELECT t FROM RequestType t ORDER BY t.displayOrder, t.code", RequestType.class)
        .getResultList()
        .stream()
        .map(type -> new Preview(type, count(type, now, NOT_HELD), count(type, now, HELD)))
        .toList();
  }

  private long count(RequestType type, Instant now, String hold) {
    return bound(em.createQuery("SELECT COUNT(c)" + PAST + hold, Long.class), type, now)
        .getSingleResult();
  }

  private static <T> TypedQuery<T> bound(TypedQuery<T> query, RequestType type, Instant now) {
    return query
        .setParameter("type", type)
        .setParameter("open", CaseStatus.OPEN)
        .setParameter("cutoff", new RetentionPeriod(type.retentionMonths()).cutoff(now));
  }
}
