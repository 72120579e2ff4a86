package org.kesher.cases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.LocalizedText;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.catalogue.entity.UnitKind;
import org.kesher.ground.control.Language;

/** Which events a file may come with. */
class AttachmentTest {

  private static final Instant NOW = Instant.parse("2025-11-02T08:30:00Z");
  private static final LocalizedText TEXT = new LocalizedText("א", "ا", "a");

  private static CaseFile caseFile(long number) {
    return new CaseFile(
        new NewCase(
            new CaseReference(2025, number),
            "hash",
            new RequestType("MEDIATION", Confidentiality.RESTRICTED, TEXT, TEXT),
            new Unit("MEDIATION", UnitKind.MEDIATION, TEXT, TEXT),
            null,
            Channel.WEB_FORM,
            Language.HE,
            new Requester("רות", "050-1234567", null, false),
            "{}",
            NOW),
        "reply-token");
  }

  private static CaseEvent residentReply(CaseFile caseFile) {
    return CaseEvent.of(caseFile, EventKind.RESIDENT_REPLY, EventVisibility.PUBLIC, NOW)
        .by(ActorKind.RESIDENT, null);
  }

  private static Attachment attach(CaseFile caseFile, CaseEvent withReply) {
    return new Attachment(caseFile, withReply, "a.pdf", "application/pdf", new byte[42], NOW);
  }

  @Test
  void comesWithTheRequestOrWithAResidentsReplyOnTheSameCase() {
    CaseFile caseFile = caseFile(1);
    Attachment withRequest = attach(caseFile, null);
    assertTrue(withRequest.event().isEmpty());
    assertEquals(42, withRequest.sizeBytes());
    assertEquals("application/pdf", withRequest.mediaType());

    CaseEvent reply = residentReply(caseFile);
    assertEquals(reply, attach(caseFile, reply).event().orElseThrow());
  }

  @Test
  void refusesAnyOtherEvent() {
    CaseFile caseFile = caseFile(1);
    assertThrows(
        IllegalArgumentException.class,
        () -> attach(caseFile, residentReply(caseFile(2))),
        "a reply on another case");
    assertThrows(
        IllegalArgumentException.class,
        () -> attach(caseFile, CaseEvent.created(caseFile)),
        "not a reply");
    CaseEvent staffReply =
        CaseEvent.of(caseFile, EventKind.RESIDENT_REPLY, EventVisibility.PUBLIC, NOW)
            .by(ActorKind.STAFF, null);
    assertThrows(IllegalArgumentException.class, () -> attach(caseFile, staffReply));
  }
}
