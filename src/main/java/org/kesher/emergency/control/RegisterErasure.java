package org.kesher.emergency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.kesher.cases.control.CaseAnonymised;

/**
 * A case whose content is erased takes its household's register entry with it, in the same
 * transaction: the register keeps nothing of a request the city has let go.
 */
@ApplicationScoped
public class RegisterErasure {

  @PersistenceContext EntityManager em;

  void on(@Observes CaseAnonymised anonymised) {
    em.createQuery("DELETE FROM Registration r WHERE r.caseId = :c")
        .setParameter("c", anonymised.caseId())
        .executeUpdate();
  }
}
