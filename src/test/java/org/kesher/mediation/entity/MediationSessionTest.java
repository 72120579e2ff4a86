package org.kesher.mediation.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.Channel;
import org.kesher.cases.entity.NewCase;
import org.kesher.cases.entity.Requester;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.LocalizedText;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.catalogue.entity.UnitKind;
import org.kesher.ground.control.Language;

/** What a mediation session and outcome allow, and how a session reads in every language. */
class MediationSessionTest {

  private static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");
  private static final Instant SUNDAY_EVENING = Instant.parse("2026-12-13T15:30:00Z");
  private static final LocalizedText TEXT = new LocalizedText("א", "ب", "a");

  private static CaseFile aCase(Confidentiality level) {
    return new CaseFile(
        new NewCase(
            new CaseReference(2026, 9),
            "hash",
            new RequestType("MEDIATION", level, TEXT, TEXT),
            new Unit("MEDIATION", UnitKind.COMMUNITY_WORK, TEXT, TEXT),
            null,
            Channel.WEB_FORM,
            Language.HE,
            new Requester("Rina", "050-1111111", null, false),
            "{}",
            NOW),
        "reply-token");
  }

  private static SessionPlan plan(Instant at, String place, String link) {
    return new SessionPlan(at, 90, place, link, "Dana Cohen");
  }

  @Test
  void aSessionIsSetAheadSomewhereWithItsMediatorsAndReadsTheSameInEveryLanguage() {
    var session =
        new MediationSession(
            aCase(Confidentiality.RESTRICTED),
            plan(SUNDAY_EVENING, "Community centre", "https://meet.example/abc"),
            NOW);
    assertEquals(
        "13.12.2026 17:30 (90') · Community centre · https://meet.example/abc · Dana Cohen",
        session.notice(),
        "Israel's time, winter (UTC+2)");
    assertEquals(SessionStatus.SCHEDULED, session.status());
    var c = aCase(Confidentiality.RESTRICTED);
    assertEquals(
        "session.past",
        assertThrows(
                CaseRuleViolation.class,
                () -> new MediationSession(c, plan(NOW.minusSeconds(60), "Hall", null), NOW))
            .code());
    assertEquals(
        "session.nowhere",
        assertThrows(
                CaseRuleViolation.class,
                () -> new MediationSession(c, plan(SUNDAY_EVENING, " ", null), NOW))
            .code());
    assertEquals(
        "session.linkInvalid",
        assertThrows(
                CaseRuleViolation.class,
                () -> new MediationSession(c, plan(SUNDAY_EVENING, null, "http://x.example"), NOW))
            .code());
    assertEquals(
        "session.caseClosed",
        assertThrows(
                CaseRuleViolation.class,
                () ->
                    new MediationSession(
                        aCase(Confidentiality.SEALED), plan(SUNDAY_EVENING, "Hall", null), NOW))
            .code(),
        "a sealed case has no sessions");
  }

  @Test
  void aSessionMovesUntilItIsHeldOrCancelledAndIsHeldOnlyOnceItBegan() {
    var session =
        new MediationSession(
            aCase(Confidentiality.RESTRICTED), plan(SUNDAY_EVENING, "Hall", null), NOW);
    session.reschedule(plan(SUNDAY_EVENING.plusSeconds(86_400), "Library", null), NOW);
    assertTrue(session.notice().startsWith("14.12.2026 17:30"), session.notice());
    assertThrows(
        CaseRuleViolation.class, () -> session.held(Map.of("REQUESTER", true), NOW), "not yet");
    session.held(Map.of("REQUESTER", true, "12", false), SUNDAY_EVENING.plusSeconds(90_000));
    assertEquals(SessionStatus.HELD, session.status());
    assertEquals(Map.of("REQUESTER", true, "12", false), session.attendance());
    assertThrows(CaseRuleViolation.class, session::cancel, "a held session is not cancelled");

    var other =
        new MediationSession(
            aCase(Confidentiality.RESTRICTED), plan(SUNDAY_EVENING, "Hall", null), NOW);
    other.cancel();
    assertThrows(
        CaseRuleViolation.class,
        () -> other.held(Map.of(), SUNDAY_EVENING.plusSeconds(60)),
        "a cancelled session was not held");
  }

  @Test
  void anOutcomeKeepsOnlyAPdfAndAFollowUpAhead() {
    CaseFile c = aCase(Confidentiality.RESTRICTED);
    c.moveTo(CaseStatus.IN_PROGRESS, new StaffAccount("m", "M", "hash", Language.HE, NOW), NOW);
    var outcome = new MediationOutcome(c);
    LocalDate today = LocalDate.of(2026, 12, 7);
    byte[] pdf = "%PDF-1.7 signed".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertEquals(
        "outcome.notPdf",
        assertThrows(
                CaseRuleViolation.class,
                () ->
                    outcome.record(
                        Outcome.AGREEMENT, "a.docx", "PK..".getBytes(), null, today, NOW))
            .code());
    assertEquals(
        "outcome.followUpPast",
        assertThrows(
                CaseRuleViolation.class,
                () ->
                    outcome.record(Outcome.AGREEMENT, "a.pdf", pdf, today.minusDays(1), today, NOW))
            .code());
    outcome.record(
        Outcome.AGREEMENT, "../signed:agreement.pdf", pdf, today.plusDays(30), today, NOW);
    assertArrayEquals(pdf, outcome.agreement().orElseThrow());
    assertEquals("..signedagreement.pdf", outcome.agreementName().orElseThrow());
    outcome.record(Outcome.PARTIAL_AGREEMENT, null, null, null, today, NOW);
    assertEquals(Outcome.PARTIAL_AGREEMENT, outcome.result());
    assertArrayEquals(pdf, outcome.agreement().orElseThrow(), "the agreement recorded stays");
    outcome.erase();
    assertTrue(outcome.agreement().isEmpty() && outcome.agreementName().isEmpty(), "erased");
    assertEquals(Outcome.PARTIAL_AGREEMENT, outcome.result(), "the outcome itself stays");
  }
}
