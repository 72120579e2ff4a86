package org.kesher.mediation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kesher.cases.control.CaseLookup;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.cases.control.CaseParties;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Language;
import org.kesher.mediation.control.Mediations;
import org.kesher.mediation.entity.MediationSession;
import org.kesher.mediation.entity.Outcome;
import org.kesher.mediation.entity.SessionPlan;
import org.kesher.mediation.entity.SessionStatus;

/**
 * The staff side of a mediation, a transaction each: what the case page shows of its sessions and
 * outcome, and every change to them.
 */
@ApplicationScoped
@Transactional
public class MediationDesk {

  @Inject Mediations mediations;

  @Inject CaseLookup lookup;

  @Inject CaseParties parties;

  @Inject Event<Accessed> accessed;

  /** A session as the case page lists it. */
  public record SessionRow(
      long id,
      long version,
      Instant startsAt,
      String notice,
      String status,
      Map<String, Boolean> attendance)
      implements java.io.Serializable {}

  /** Someone who may attend: the requester ({@code REQUESTER}) or a party (their id). */
  public record Participant(String key, String name) implements java.io.Serializable {}

  /** The outcome as recorded. */
  public record OutcomeRow(String result, String agreementName, LocalDate followUp)
      implements java.io.Serializable {}

  /** Everything the mediation card shows. */
  public record MediationView(
      List<SessionRow> sessions,
      List<Participant> participants,
      OutcomeRow outcome,
      List<Mediations.OnPaper> onPaper)
      implements java.io.Serializable {}

  /** One page of a session's letters: to whom, in their language, from which unit. */
  public record LetterPage(String name, Language language, String unit) {}

  /** A session's news on paper, a page for each participant whom mail does not reach. */
  public record SessionLetters(
      String reference, boolean cancelled, String notice, List<LetterPage> pages) {}

  // a card on every case page: a read, in no transaction of its own (bench, issue 22)
  @Transactional(Transactional.TxType.SUPPORTS)
  public MediationView view(Viewer viewer, String reference) {
    CaseFile c = lookup.open(viewer, reference).orElseThrow(CaseNotFound::new);
    List<CaseParty> onCase = parties.of(c);
    List<Participant> participants = new ArrayList<>();
    participants.add(
        new Participant(
            MediationSession.REQUESTER, c.requester().name() == null ? "" : c.requester().name()));
    for (CaseParty p : onCase) {
      if (p.consent().takesPart()) {
        participants.add(new Participant(String.valueOf(p.id()), p.name()));
      }
    }
    return new MediationView(
        mediations.sessions(c).stream()
            .map(
                s ->
                    new SessionRow(
                        s.id(),
                        s.version(),
                        s.startsAt(),
                        s.notice(),
                        s.status().name(),
                        s.attendance()))
            .toList(),
        participants,
        mediations
            .outcome(c)
            .map(
                o ->
                    new OutcomeRow(
                        o.result().name(),
                        o.agreementName().orElse(null),
                        o.followUp().orElse(null)))
            .orElse(null),
        mediations.onPaper(c, onCase));
  }

  /**
   * A session's letters, recorded in the access log.
   *
   * @throws CaseNotFound for a case the viewer may not see
   */
  public SessionLetters letters(Viewer viewer, String reference, long sessionId) {
    CaseFile c = lookup.open(viewer, reference).orElseThrow(CaseNotFound::new);
    MediationSession session =
        mediations.sessions(c).stream()
            .filter(s -> s.id() == sessionId)
            .findFirst()
            .orElseThrow(() -> new CaseNotFound());
    accessed.fire(
        Accessed.ofCase(
            Accessed.Action.LETTER_PRINTED,
            c.reference().toString(),
            Accessed.Extent.NONE,
            viewer.staffId(),
            null,
            "session " + sessionId));
    return new SessionLetters(
        c.reference().toString(),
        session.status() == SessionStatus.CANCELLED,
        session.notice(),
        mediations.onPaper(c).stream()
            .map(p -> new LetterPage(p.name(), p.language(), c.unit().name().in(p.language())))
            .toList());
  }

  public void schedule(Viewer viewer, String reference, SessionPlan plan) {
    mediations.schedule(viewer, reference, plan);
  }

  public void reschedule(
      Viewer viewer, String reference, long session, long version, SessionPlan plan) {
    mediations.reschedule(viewer, reference, session, version, plan);
  }

  public void cancel(Viewer viewer, String reference, long session, long version) {
    mediations.cancel(viewer, reference, session, version);
  }

  public void held(
      Viewer viewer, String reference, long session, long version, Map<String, Boolean> came) {
    mediations.held(viewer, reference, session, version, came);
  }

  public void outcome(
      Viewer viewer,
      String reference,
      Outcome result,
      String name,
      byte[] agreement,
      LocalDate followUp) {
    mediations.outcome(viewer, reference, result, name, agreement, followUp);
  }
}
