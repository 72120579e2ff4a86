package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
import org.kesher.ground.control.Accessed;

/**
 * Anonymises one case that ended, in the caller's transaction: the requester's name and contact,
 * its parties' names, contacts and invitations, the answers ({@link CaseFile#anonymise}), the texts
 * of its events, its files and its word index; its mails through {@link CaseAnonymised}. Type,
 * unit, locality, dates and statuses stay. Recorded in the access log as a change by Kesher (or by
 * the staff member who asked).
 */
@ApplicationScoped
public class CaseErasure {

  @PersistenceContext EntityManager em;

  @Inject Event<CaseAnonymised> anonymised;

  @Inject Event<Accessed> accessed;

  public CaseErasure() {}

  /** On an entity manager and events of one's own (tests outside the server). */
  public CaseErasure(EntityManager em, Event<CaseAnonymised> anonymised, Event<Accessed> accessed) {
    this.em = em;
    this.anonymised = anonymised;
    this.accessed = accessed;
  }

  /**
   * @param staffId who asked for it, or null for the retention job
   * @throws org.kesher.cases.entity.CaseRuleViolation while the case is open
   */
  public void anonymise(CaseFile c, Instant now, Long staffId, String why) {
    c.anonymise(now);
    em.createQuery("UPDATE CaseEvent e SET e.body = NULL WHERE e.caseFile = :caseFile")
        .setParameter("caseFile", c)
        .executeUpdate();
    em.createNamedQuery(CaseParty.OF_CASE, CaseParty.class)
        .setParameter("caseFile", c)
        .getResultList()
        .forEach(CaseParty::erase);
    em.createQuery("DELETE FROM Attachment a WHERE a.caseFile = :caseFile")
        .setParameter("caseFile", c)
        .executeUpdate();
    em.createQuery("DELETE FROM CaseWord w WHERE w.caseId = :caseId")
        .setParameter("caseId", c.id())
        .executeUpdate();
    anonymised.fire(new CaseAnonymised(c.id()));
    accessed.fire(
        Accessed.ofCase(
            Accessed.Action.CASE_CHANGED,
            c.reference().toString(),
            Accessed.Extent.NONE,
            staffId,
            null,
            why));
  }
}
