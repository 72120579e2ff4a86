package org.kesher.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kesher.cases.control.CaseAnonymised;

/**
 * A case was anonymised: its mails go from the outbox, sent or not, in the same transaction, since
 * each holds what the resident was told (and their address, sealed).
 */
@ApplicationScoped
public class CaseMailErasure {

  @PersistenceContext EntityManager em;

  public CaseMailErasure() {}

  /** On an entity manager of one's own (tests outside the server). */
  public CaseMailErasure(EntityManager em) {
    this.em = em;
  }

  void on(@Observes CaseAnonymised anonymised) {
    erase(anonymised.caseId());
  }

  /** Deletes the case's mails; returns how many there were. */
  public int erase(long caseId) {
    return em.createQuery("DELETE FROM OutboxMail m WHERE m.caseId = :caseId")
        .setParameter("caseId", caseId)
        .executeUpdate();
  }
}
