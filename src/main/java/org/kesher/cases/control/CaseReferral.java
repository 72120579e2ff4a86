package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.cases.entity.Referral;
import org.kesher.cases.entity.TrackingCode;
import org.kesher.catalogue.entity.Unit;

/**
 * Referring a case to another unit: the receiving unit gets a new case, the resident's code follows
 * the request, and the receiving unit's heads are told.
 */
@ApplicationScoped
@Transactional
public class CaseReferral {

  @PersistenceContext EntityManager em;

  @Inject CaseWork work;

  @Inject CaseOpening opening;

  @Inject StaffAccounts accounts;

  @Inject ReferenceNumbers references;

  @Inject Assigner assigner;

  @Inject CaseWords words;

  @Inject CaseEvents events;

  @Inject jakarta.enterprise.event.Event<CaseNotice> notices;

  Clock clock = Clock.systemUTC();

  /**
   * Refers the case to another unit with a short summary; the receiving unit gets a new case with
   * that summary, and the requester's contact only with their consent. The resident's reference and
   * tracking code follow the request to the new case, and they are told by mail.
   *
   * @return the new case's reference
   */
  public String refer(
      Viewer viewer,
      String reference,
      long version,
      String unitCode,
      String summary,
      boolean contactShared) {
    CaseFile c = work.editable(viewer, reference, version);
    Unit target =
        em.createNamedQuery(Unit.BY_CODE, Unit.class)
            .setParameter("code", unitCode == null ? "" : unitCode)
            .getResultStream()
            .filter(Unit::isActive)
            .findFirst()
            .orElseThrow(() -> new CaseRuleViolation("case.noSuchUnit", "no such unit"));
    // chosen (and the receiving unit locked) before anything is written, as at intake
    var assignee = assigner.nextAssignee(target);
    Instant now = clock.instant();
    CaseFile referred =
        Referral.refer(
            c,
            target,
            references.next(),
            TrackingCode.hash(TrackingCode.generate()),
            contactShared,
            now,
            opening::open);
    List<CaseEvent> referral =
        Referral.timeline(
            c,
            referred,
            summary,
            contactShared,
            em.find(StaffAccount.class, viewer.staffId()),
            now);
    em.persist(referred);
    words.index(referred, List.of(summary));
    referral.forEach(events::record);
    assignee.ifPresent(worker -> events.record(referred.assignTo(worker, null, now)));
    accounts
        .headsOf(target.id())
        .forEach(head -> notices.fire(CaseNotice.referred(referred, head)));
    return referred.reference().toString();
  }
}
