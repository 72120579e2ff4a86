package org.kesher.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.Consent;
import org.kesher.cases.entity.EventKind;
import org.kesher.catalogue.control.BusinessCalendar;
import org.kesher.catalogue.control.BusinessCalendars;
import org.kesher.mediation.entity.MediationOutcome;

/**
 * A case as someone outside staff reads it under their code, in the caller's transaction: its
 * requester, or one of its parties. Every event passes {@link CaseEvent#reaches}, the one rule of
 * who reads what; a party reads their own invitation and nothing of the request itself.
 */
@ApplicationScoped
public class TrackedCases {

  @PersistenceContext EntityManager em;

  @Inject BusinessCalendars calendars;

  @Inject TrackingKeys keys;

  Clock clock = Clock.systemUTC();

  /**
   * What {@code party} (null for the requester) reads of {@code asked}. For the requester of a
   * referred request: the status, due date and replies of the case it is now, and the public
   * timeline of each case it went through. A party reads the case they were invited to.
   */
  public TrackedCase of(CaseFile asked, CaseParty party) {
    List<TrackedCase.Step> timeline = new ArrayList<>();
    List<CaseFile> chain = party == null ? asked.referralChain() : List.of(party.caseFile());
    for (CaseFile caseFile : chain) {
      em
          .createNamedQuery(CaseEvent.TIMELINE, CaseEvent.class)
          .setParameter("caseFile", caseFile)
          .getResultList()
          .stream()
          .filter(e -> e.reaches(party))
          .map(
              e ->
                  new TrackedCase.Step(
                      e.kind(),
                      e.toStatus().orElse(null),
                      e.occurredAt(),
                      e.kind() == EventKind.PUBLIC_REPLY || e.kind().isMediation()
                          ? e.body().orElse(null)
                          : null))
          .forEach(timeline::add);
    }
    CaseFile now = party == null ? asked.current() : party.caseFile();
    boolean open = now.status().isOpen() || now.status() == CaseStatus.RESOLVED;
    return new TrackedCase(
        asked.reference(),
        now.status(),
        now.status().isOpen() ? now.resolutionDue().orElse(null) : null,
        expected(now),
        party == null ? open : open && party.consent() == Consent.ACCEPTED,
        List.copyOf(timeline),
        signedAgreement(now).isPresent(),
        party == null
            ? null
            : new TrackedCase.PartyView(
                now.unit().name(),
                party.invitation().orElse(null),
                party.consent(),
                party.consentAt().orElse(party.invitedAt())));
  }

  /**
   * The signed agreement of the case behind a reference and a code (its requester's or a party's),
   * when its outcome recorded one; empty alike for a wrong code and for no agreement.
   */
  public java.util.Optional<MediationOutcome> signedAgreement(String reference, String code) {
    return keys.opened(reference, code)
        .map(o -> o.party() == null ? o.caseFile().current() : o.party().caseFile())
        .flatMap(this::signedAgreement);
  }

  /** The signed agreement of a mediation, once its outcome recorded one. */
  public java.util.Optional<MediationOutcome> signedAgreement(CaseFile c) {
    return java.util.Optional.ofNullable(em.find(MediationOutcome.class, c.id()))
        .filter(o -> o.agreement().isPresent());
  }

  private TrackedCase.Expected expected(CaseFile now) {
    if (!now.status().isOpen() || now.resolutionDue().isEmpty()) {
      return null;
    }
    var calendar = calendars.of(now.unit());
    LocalDate today = clock.instant().atZone(BusinessCalendar.ISRAEL).toLocalDate();
    LocalDate due = now.resolutionDue().get().atZone(BusinessCalendar.ISRAEL).toLocalDate();
    return new TrackedCase.Expected(
        calendar.businessDaysUntil(today, due), now.status() == CaseStatus.WAITING_FOR_RESIDENT);
  }
}
