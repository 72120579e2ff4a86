package org.kesher.mediation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.kesher.cases.control.CaseAnonymised;
import org.kesher.mediation.entity.MediationOutcome;

/**
 * A case whose content is erased loses its signed agreement too, in the same transaction; the
 * outcome itself (agreement or not) and the sessions' days stay, like a case's type and dates.
 */
@ApplicationScoped
public class MediationErasure {

  @PersistenceContext EntityManager em;

  void on(@Observes CaseAnonymised anonymised) {
    Optional.ofNullable(em.find(MediationOutcome.class, anonymised.caseId()))
        .ifPresent(MediationOutcome::erase);
  }
}
