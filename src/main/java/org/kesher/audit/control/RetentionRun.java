package org.kesher.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.kesher.cases.control.CaseErasure;
import org.kesher.cases.control.CaseRetention;
import org.kesher.cases.entity.CaseFile;
import org.kesher.catalogue.entity.RequestType;

/**
 * One step of the retention job, in the caller's transaction: the next batch of a type's cases past
 * their period is anonymised. A run repeats it per type until a batch comes back short, so a run
 * cut off resumes where it stopped (anonymised cases no longer match).
 */
@ApplicationScoped
public class RetentionRun {

  /** Why the access log says a case was anonymised by the job. */
  public static final String WHY = "anonymised: retention";

  @PersistenceContext EntityManager em;

  @Inject CaseRetention retention;

  @Inject CaseErasure erasure;

  public RetentionRun() {}

  /** A run on an entity manager of one's own (tests outside the server). */
  public RetentionRun(EntityManager em, CaseRetention retention, CaseErasure erasure) {
    this.em = em;
    this.retention = retention;
    this.erasure = erasure;
  }

  /** The ids of every request type, retired ones too. */
  public List<Long> typeIds() {
    return em.createQuery("SELECT t.id FROM RequestType t ORDER BY t.id", Long.class)
        .getResultList();
  }

  /** Anonymises up to {@code size} cases of the type past its period; returns how many. */
  public int batch(long typeId, Instant now, int size) {
    RequestType type = em.find(RequestType.class, typeId);
    List<Long> due = retention.due(type, now, size);
    for (Long id : due) {
      erasure.anonymise(em.find(CaseFile.class, id), now, null, WHY);
    }
    return due.size();
  }
}
