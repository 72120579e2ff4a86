package org.kesher.cases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kesher.access.entity.StaffAccount;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.LocalizedText;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.catalogue.entity.UnitKind;
import org.kesher.ground.control.Language;

/** What a case allows residents and staff to do with it, by its status. */
class CaseFileTest {

  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
  private static final LocalizedText TEXT = new LocalizedText("א", "ب", "a");
  private final StaffAccount worker =
      new StaffAccount("worker", "Worker", "hash", Language.HE, NOW);

  private CaseFile newCase() {
    return new CaseFile(
        new NewCase(
            new CaseReference(2026, 1),
            "hash",
            new RequestType("GENERAL", Confidentiality.STANDARD, TEXT, TEXT),
            new Unit("UNIT", UnitKind.COMMUNITY_WORK, TEXT, TEXT),
            null,
            Channel.WEB_FORM,
            Language.HE,
            new Requester("Name", "050-0000000", null, false),
            "{}",
            NOW),
        "reply-token");
  }

  @Test
  void aResidentsReplyReopensAResolvedCaseAndBringsAWaitingOneBack() {
    CaseFile resolved = newCase();
    resolved.moveTo(CaseStatus.IN_PROGRESS, worker, NOW);
    resolved.moveTo(CaseStatus.RESOLVED, worker, NOW);
    List<CaseEvent> events = resolved.residentReplied("Still not solved", NOW);
    assertEquals(CaseStatus.IN_PROGRESS, resolved.status());
    assertEquals(EventKind.RESIDENT_REPLY, events.get(0).kind());
    assertEquals(EventVisibility.PUBLIC, events.get(0).visibility());
    assertEquals(CaseStatus.IN_PROGRESS, events.get(1).toStatus().orElseThrow());

    CaseFile waiting = newCase();
    waiting.moveTo(CaseStatus.IN_PROGRESS, worker, NOW);
    waiting.moveTo(CaseStatus.WAITING_FOR_RESIDENT, worker, NOW);
    assertEquals(2, waiting.residentReplied("Here it is", NOW).size());
    assertEquals(CaseStatus.IN_PROGRESS, waiting.status());

    CaseFile fresh = newCase();
    assertEquals(1, fresh.residentReplied("One more thing", NOW).size());
    assertEquals(CaseStatus.NEW, fresh.status(), "a reply alone changes no other status");
  }

  @Test
  void aReplyReopensAResolvedCaseOnlyInsideTheReopenWindow() {
    CaseFile late = newCase();
    late.moveTo(CaseStatus.IN_PROGRESS, worker, NOW);
    late.moveTo(CaseStatus.RESOLVED, worker, NOW);
    var refused =
        assertThrows(
            CaseRuleViolation.class,
            () ->
                late.residentReplied(
                    "Too late", NOW.plus(ResidentReply.REOPEN_WINDOW).plusSeconds(1)));
    assertEquals("case.closed", refused.code());
    assertEquals(CaseStatus.RESOLVED, late.status());
    CaseFile inTime = newCase();
    inTime.moveTo(CaseStatus.IN_PROGRESS, worker, NOW);
    inTime.moveTo(CaseStatus.RESOLVED, worker, NOW);
    inTime.residentReplied("Just in time", NOW.plus(ResidentReply.REOPEN_WINDOW));
    assertEquals(CaseStatus.IN_PROGRESS, inTime.status());
  }

  @Test
  void aClosedCaseTakesNoRepliesAndNotesNeedText() {
    CaseFile closed = newCase();
    closed.moveTo(CaseStatus.IN_PROGRESS, worker, NOW);
    closed.moveTo(CaseStatus.RESOLVED, worker, NOW);
    closed.moveTo(CaseStatus.CLOSED, worker, NOW);
    assertThrows(CaseRuleViolation.class, () -> closed.residentReplied("Hello?", NOW));
    assertThrows(
        CaseRuleViolation.class,
        () -> closed.publicReply("Hello", worker, NOW, Addressee.requester()));
    CaseFile open = newCase();
    var blank = assertThrows(CaseRuleViolation.class, () -> open.internalNote("  ", worker, NOW));
    assertEquals("case.emptyText", blank.code());
  }

  @Test
  void notesStayInternalAndRepliesArePublic() {
    CaseFile c = newCase();
    CaseEvent note = c.internalNote("between us", worker, NOW);
    CaseEvent reply = c.publicReply("to you", worker, NOW, Addressee.requester());
    assertEquals(EventVisibility.INTERNAL, note.visibility());
    assertEquals(EventVisibility.PUBLIC, reply.visibility());
    assertEquals("to you", reply.body().orElseThrow());
    assertTrue(note.actor().isPresent());
    CaseEvent read = CaseEvent.viewed(c, worker, NOW);
    assertEquals(EventKind.VIEWED, read.kind());
    assertEquals(EventVisibility.INTERNAL, read.visibility());
  }

  @Test
  void aDuplicateEndsPointingToTheEarlierCase() {
    CaseFile earlier = newCase();
    CaseFile later = newCase();
    CaseEvent moved = later.markDuplicateOf(earlier, worker, NOW);
    assertEquals(CaseStatus.DUPLICATE, later.status());
    assertEquals(CaseStatus.DUPLICATE, moved.toStatus().orElseThrow());
    assertEquals(earlier, later.duplicateOf().orElseThrow());
    assertThrows(CaseRuleViolation.class, () -> earlier.markDuplicateOf(earlier, worker, NOW));
    assertThrows(
        CaseRuleViolation.class,
        () -> later.markDuplicateOf(earlier, worker, NOW),
        "a duplicate is closed for good");
  }
}
