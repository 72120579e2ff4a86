package org.kesher.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Counts the changes that move due dates: a request type's service targets (and, to come, office
 * hours and closed days). The recompute job works every open case's dates out again once for each
 * new revision, on one node ({@code cases.boundary.ServiceTargetJobs}).
 */
@ApplicationScoped
public class CalendarRevisions {

  @PersistenceContext EntityManager em;

  /** The revision now. */
  public long current() {
    return ((Number)
            em.createNativeQuery("SELECT revision FROM business_calendar WHERE id = 1")
                .getSingleResult())
        .longValue();
  }

  /** Something that moves due dates changed, in the caller's transaction. */
  public void changed(Instant at) {
    em.createNativeQuery(
            "UPDATE business_calendar SET revision = revision + 1, changed_at = ? WHERE id = 1")
        .setParameter(1, Timestamp.from(at))
        .executeUpdate();
  }
}
