package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.Addressee;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseLink;
import org.kesher.cases.entity.CaseParty;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.ground.control.Retried;

/**
 * What a caseworker does with one case: claim it, give it to a colleague, move it along the status
 * model, note something for colleagues, answer the resident, link it or mark it a duplicate. Every
 * action finds the case through the visibility rule and is refused when the case changed since the
 * page showed it. Reading is {@link CaseSheets}, referral {@link CaseReferral}, several cases at
 * once {@link CaseBulk}.
 */
@ApplicationScoped
@Transactional
@Retried
public class CaseWork {

  @PersistenceContext EntityManager em;

  @Inject CaseLookup lookup;

  @Inject CaseEvents events;

  Clock clock = Clock.systemUTC();

  /** The viewer takes the case; they must belong to its unit. */
  public void claim(Viewer viewer, String reference, long version) {
    CaseFile c = editable(viewer, reference, version);
    StaffAccount me = em.find(StaffAccount.class, viewer.staffId());
    events.record(c.assignTo(me, me, clock.instant()));
  }

  public void changeStatus(Viewer viewer, String reference, long version, CaseStatus next) {
    CaseFile c = editable(viewer, reference, version);
    events.record(c.moveTo(next, em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
  }

  public void note(Viewer viewer, String reference, long version, String text) {
    CaseFile c = editable(viewer, reference, version);
    em.persist(
        c.internalNote(text, em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
  }

  /**
   * Answers on the tracking page of whom {@code to} names: {@code REQUESTER}, {@code ALL}, or the
   * id of one of the case's parties.
   */
  public void reply(Viewer viewer, String reference, long version, String text, String to) {
    CaseFile c = editable(viewer, reference, version);
    Addressee addressee =
        switch (to == null ? "REQUESTER" : to) {
          case "REQUESTER" -> Addressee.requester();
          case "ALL" -> Addressee.all();
          default ->
              Addressee.party(
                  parseId(to)
                      .map(id -> em.find(CaseParty.class, id))
                      .filter(p -> p.caseFile().id().equals(c.id()))
                      .orElseThrow(
                          () -> new CaseRuleViolation("party.notOfCase", "no such party")));
        };
    events.record(
        c.publicReply(
            text, em.find(StaffAccount.class, viewer.staffId()), clock.instant(), addressee));
  }

  private static java.util.Optional<Long> parseId(String text) {
    try {
      return java.util.Optional.of(Long.parseLong(text));
    } catch (NumberFormatException notOne) {
      return java.util.Optional.empty();
    }
  }

  /** Gives the case to a colleague of its unit. */
  public void assign(Viewer viewer, String reference, long version, long assigneeId) {
    CaseFile c = editable(viewer, reference, version);
    StaffAccount worker = em.find(StaffAccount.class, assigneeId);
    if (!CasePermissions.mayAssign(viewer, c, worker)) {
      throw new CaseRuleViolation("case.cannotAssign", "this colleague cannot take the case");
    }
    events.record(
        c.assignTo(worker, em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
  }

  /**
   * Links the case with another the viewer may also see, as related: each lists the other, and both
   * timelines record it.
   */
  public void link(Viewer viewer, String reference, long version, String otherReference) {
    CaseFile c = editable(viewer, reference, version);
    CaseFile other =
        lookup
            .open(viewer, otherReference == null ? "" : otherReference.strip().toUpperCase())
            .orElseThrow(() -> new CaseRuleViolation("case.noSuchCase", "no such case"));
    long existing =
        em.createQuery(
                "SELECT COUNT(l) FROM CaseLink l WHERE l.caseFile = :one AND l.linked = :other",
                Long.class)
            .setParameter("one", c)
            .setParameter("other", other)
            .getSingleResult();
    if (existing > 0) {
      throw new CaseRuleViolation("case.alreadyLinked", "the cases are linked already");
    }
    StaffAccount me = em.find(StaffAccount.class, viewer.staffId());
    Instant now = clock.instant();
    CaseLink.between(c, other, me, now).forEach(em::persist);
    em.persist(c.linkedWith(other, me, now));
    em.persist(other.linkedWith(c, me, now));
  }

  /** Joins the case to an earlier one the viewer may also see. */
  public void markDuplicate(
      Viewer viewer, String reference, long version, String originalReference) {
    CaseFile c = editable(viewer, reference, version);
    CaseFile original =
        lookup
            .open(viewer, originalReference == null ? "" : originalReference.strip().toUpperCase())
            .orElseThrow(() -> new CaseRuleViolation("case.noSuchCase", "no such case"));
    events.record(
        c.markDuplicateOf(
            original, em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
  }

  /** The case the viewer acts on, as the page showed it: found, theirs to act on, unchanged. */
  public CaseFile editable(Viewer viewer, String reference, long version) {
    CaseFile c = lookup.open(viewer, reference).orElseThrow(CaseNotFound::new);
    CasePermissions.requireMember(viewer, c);
    if (c.version() != version) {
      throw new OptimisticLockException("the case changed since it was shown");
    }
    return c;
  }
}
