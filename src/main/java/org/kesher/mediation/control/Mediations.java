package org.kesher.mediation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.control.CaseEvents;
import org.kesher.cases.control.CaseLookup;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.cases.control.CaseNotice;
import org.kesher.cases.control.CaseParties;
import org.kesher.cases.control.CasePermissions;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.cases.entity.EventKind;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;
import org.kesher.mediation.entity.MediationOutcome;
import org.kesher.mediation.entity.MediationSession;
import org.kesher.mediation.entity.Outcome;
import org.kesher.mediation.entity.SessionPlan;

/**
 * A mediation's sessions and outcome as its unit's members run them, in the caller's transaction:
 * set, move or call off a session (each told to the requester and every party still taking part, by
 * mail where it is safe, else on a letter the mediator prints: {@link #onPaper}), record who came,
 * and record the outcome with the signed agreement.
 */
@ApplicationScoped
public class Mediations {

  @PersistenceContext EntityManager em;

  @Inject CaseLookup lookup;

  @Inject CaseEvents events;

  @Inject CaseParties parties;

  @Inject Event<CaseNotice> notices;

  Clock clock = Clock.systemUTC();

  /** Someone a session's news reaches only on paper: their name and language. */
  public record OnPaper(String name, Language language) implements java.io.Serializable {}

  public MediationSession schedule(Viewer viewer, String reference, SessionPlan plan) {
    CaseFile c = actedOn(viewer, reference);
    var session = new MediationSession(c, plan, clock.instant());
    em.persist(session);
    tell(viewer, session, EventKind.SESSION_SCHEDULED, CaseNotice.Kind.SESSION_SCHEDULED);
    return session;
  }

  public void reschedule(
      Viewer viewer, String reference, long sessionId, long version, SessionPlan plan) {
    MediationSession session = session(viewer, reference, sessionId, version);
    session.reschedule(plan, clock.instant());
    tell(viewer, session, EventKind.SESSION_RESCHEDULED, CaseNotice.Kind.SESSION_RESCHEDULED);
  }

  public void cancel(Viewer viewer, String reference, long sessionId, long version) {
    MediationSession session = session(viewer, reference, sessionId, version);
    session.cancel();
    tell(viewer, session, EventKind.SESSION_CANCELLED, CaseNotice.Kind.SESSION_CANCELLED);
  }

  /** Records who came ({@link MediationSession#REQUESTER} or a party's id, each true or false). */
  public void held(
      Viewer viewer, String reference, long sessionId, long version, Map<String, Boolean> came) {
    MediationSession session = session(viewer, reference, sessionId, version);
    session.held(came, clock.instant());
    events.record(
        CaseEvent.mediation(
            session.caseFile(),
            EventKind.SESSION_HELD,
            session.notice(),
            em.find(StaffAccount.class, viewer.staffId()),
            clock.instant()));
  }

  /** Records the outcome, told to everyone on the case's tracking pages. */
  public void outcome(
      Viewer viewer,
      String reference,
      Outcome result,
      String agreementName,
      byte[] agreementPdf,
      LocalDate followUp) {
    CaseFile c = actedOn(viewer, reference);
    MediationOutcome outcome =
        outcome(c)
            .orElseGet(
                () -> {
                  var created = new MediationOutcome(c);
                  em.persist(created);
                  return created;
                });
    Instant now = clock.instant();
    outcome.record(
        result, agreementName, agreementPdf, followUp, now.atZone(Israel.ZONE).toLocalDate(), now);
    events.record(
        CaseEvent.mediation(
            c,
            EventKind.OUTCOME_RECORDED,
            result.name(),
            em.find(StaffAccount.class, viewer.staffId()),
            now));
  }

  public List<MediationSession> sessions(CaseFile c) {
    return em.createNamedQuery(MediationSession.OF_CASE, MediationSession.class)
        .setParameter("caseFile", c)
        .getResultList();
  }

  public Optional<MediationOutcome> outcome(CaseFile c) {
    return Optional.ofNullable(em.find(MediationOutcome.class, c.id()));
  }

  /**
   * Who hears of the case's sessions only on paper: the requester when mail to them is not safe
   * (and they gave a name), and each party still taking part whom mail does not reach.
   */
  public List<OnPaper> onPaper(CaseFile c) {
    return onPaper(c, parties.of(c));
  }

  /** The same, for the case's parties read already. */
  public List<OnPaper> onPaper(CaseFile c, List<CaseParty> parties) {
    List<OnPaper> paper = new ArrayList<>();
    var requester = c.requester();
    if (!requester.isAnonymous() && (requester.email() == null || !requester.emailSafe())) {
      paper.add(new OnPaper(requester.name() == null ? "" : requester.name(), c.language()));
    }
    for (CaseParty p : parties) {
      if (p.consent().takesPart() && p.mailTo().isEmpty()) {
        paper.add(new OnPaper(p.name(), p.language()));
      }
    }
    return paper;
  }

  /** The session's news on the timeline (to all), and a notice to each participant. */
  private void tell(
      Viewer viewer, MediationSession session, EventKind kind, CaseNotice.Kind notice) {
    CaseFile c = session.caseFile();
    events.record(
        CaseEvent.mediation(
            c,
            kind,
            session.notice(),
            em.find(StaffAccount.class, viewer.staffId()),
            clock.instant()));
    notices.fire(CaseNotice.session(notice, c, null, session.notice()));
    for (CaseParty p : parties.of(c)) {
      if (p.consent().takesPart()) {
        notices.fire(CaseNotice.session(notice, c, p, session.notice()));
      }
    }
  }

  private MediationSession session(Viewer viewer, String reference, long id, long version) {
    CaseFile c = actedOn(viewer, reference);
    MediationSession session = em.find(MediationSession.class, id);
    if (session == null || !session.caseFile().id().equals(c.id())) {
      throw new CaseRuleViolation("session.notOfCase", "no such session on this case");
    }
    if (session.version() != version) {
      throw new OptimisticLockException("the session changed since it was shown");
    }
    return session;
  }

  /** The case, found through the visibility rule, that the viewer's unit works on. */
  private CaseFile actedOn(Viewer viewer, String reference) {
    CaseFile c = lookup.open(viewer, reference).orElseThrow(CaseNotFound::new);
    CasePermissions.requireMember(viewer, c);
    return c;
  }
}
