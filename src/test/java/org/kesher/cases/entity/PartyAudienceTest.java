package org.kesher.cases.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kesher.access.entity.StaffAccount;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.LocalizedText;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.catalogue.entity.UnitKind;
import org.kesher.ground.control.Language;

/**
 * The one rule of who outside staff reads a public event ({@link CaseEvent#reaches}), every cell of
 * its table asserted, and a party's consent moving only by its verbs.
 */
class PartyAudienceTest {

  private static final Instant BEFORE = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant INVITED = Instant.parse("2026-12-02T08:00:00Z");
  private static final Instant AFTER = Instant.parse("2026-12-03T08:00:00Z");
  private static final LocalizedText TEXT = new LocalizedText("א", "ب", "a");

  private final StaffAccount mediator =
      new StaffAccount("mediator", "Mediator", "hash", Language.HE, BEFORE);

  private static CaseFile aCase(Confidentiality level) {
    return new CaseFile(
        new NewCase(
            new CaseReference(2026, 7),
            "hash",
            new RequestType("MEDIATION", level, TEXT, TEXT),
            new Unit("MEDIATION", UnitKind.COMMUNITY_WORK, TEXT, TEXT),
            null,
            Channel.WEB_FORM,
            Language.HE,
            new Requester("Rina", "050-1111111", null, false),
            "{}",
            BEFORE),
        "reply-token");
  }

  private static CaseParty invite(CaseFile c, String name) {
    return new CaseParty(
        c,
        new NewParty(
            PartyRole.OTHER_PARTY,
            name,
            null,
            null,
            false,
            Language.AR,
            PartyInvitation.LETTER,
            "We invite you"),
        TrackingCode.hash("ABCD-EFGH-JKMN-PQRS"),
        INVITED);
  }

  @Test
  void everyReaderReadsExactlyWhatIsAddressedToThem() {
    CaseFile c = aCase(Confidentiality.RESTRICTED);
    CaseParty a = invite(c, "Amos");
    CaseParty b = invite(c, "Bella");
    Map<String, CaseEvent> events = new LinkedHashMap<>();
    events.put("to all, before A and B were invited", reply(c, BEFORE, Addressee.all()));
    events.put("to all", reply(c, AFTER, Addressee.all()));
    events.put("to the requester", reply(c, AFTER, Addressee.requester()));
    events.put("to A", reply(c, AFTER, Addressee.party(a)));
    events.put("to B", reply(c, AFTER, Addressee.party(b)));
    events.put("internal note", c.internalNote("for us", mediator, AFTER));
    events.put("status change", c.moveTo(CaseStatus.IN_PROGRESS, mediator, AFTER));
    events.put("the requester's reply", c.residentReplied("mine", AFTER).get(0));
    events.put("A accepted", a.accept(AFTER));
    events.put("B declined", b.decline(AFTER));
    events.put("A's reply", a.replied("A writes", AFTER).get(0));
    //                     requester A  B
    Map<String, String> table = new LinkedHashMap<>();
    table.put("to all, before A and B were invited", "Y - -");
    table.put("to all", "Y Y Y");
    table.put("to the requester", "Y - -");
    table.put("to A", "- Y -");
    table.put("to B", "- - Y");
    table.put("internal note", "- - -");
    table.put("status change", "Y Y Y");
    table.put("the requester's reply", "Y - -");
    table.put("A accepted", "- Y -");
    table.put("B declined", "- - Y");
    table.put("A's reply", "- Y -");
    List<String> wrong = new ArrayList<>();
    int cells = 0;
    CaseParty[] readers = {null, a, b};
    for (var row : table.entrySet()) {
      String[] expected = row.getValue().split(" ");
      for (int i = 0; i < readers.length; i++) {
        boolean reads = events.get(row.getKey()).reaches(readers[i]);
        cells++;
        if (reads != expected[i].equals("Y")) {
          wrong.add(row.getKey() + " for reader " + i + ": " + reads);
        }
      }
    }
    System.out.println("party audience table: " + cells + " cells");
    assertEquals(List.of(), wrong);
    assertEquals(33, cells);
  }

  @Test
  void consentMovesOnlyByItsVerbsAndASealedCaseHasNoParties() {
    CaseFile c = aCase(Confidentiality.RESTRICTED);
    CaseParty a = invite(c, "Amos");
    assertEquals(Consent.INVITED, a.consent());
    assertThrows(CaseRuleViolation.class, () -> a.withdraw(AFTER), "nothing accepted to leave");
    assertThrows(CaseRuleViolation.class, () -> a.replied("hi", AFTER), "no reply before consent");
    assertEquals(EventKind.PARTY_ACCEPTED, a.accept(AFTER).kind());
    assertEquals(AFTER, a.consentAt().orElseThrow());
    assertThrows(CaseRuleViolation.class, () -> a.accept(AFTER));
    assertThrows(CaseRuleViolation.class, () -> a.decline(AFTER), "the invitation is answered");
    assertEquals(EventKind.PARTY_WITHDREW, a.withdraw(AFTER).kind());
    assertFalse(a.consent().takesPart());
    assertEquals(EventKind.PARTY_ACCEPTED, a.accept(AFTER).kind(), "a party may come back");
    assertTrue(a.consent().takesPart());

    var sealed =
        assertThrows(CaseRuleViolation.class, () -> invite(aCase(Confidentiality.SEALED), "X"));
    assertEquals("party.sealed", sealed.code());
    var noName = assertThrows(CaseRuleViolation.class, () -> invite(c, " "));
    assertEquals("party.nameMissing", noName.code());
    var noMail =
        assertThrows(
            CaseRuleViolation.class,
            () ->
                new CaseParty(
                    c,
                    new NewParty(
                        PartyRole.OTHER_PARTY,
                        "Bella",
                        null,
                        "bella@example.org",
                        false,
                        Language.EN,
                        PartyInvitation.MAIL,
                        null),
                    "hash",
                    AFTER));
    assertEquals("party.noMail", noMail.code(), "mail that is not safe is not sent");
    CaseFile other = aCase(Confidentiality.RESTRICTED);
    var foreign =
        assertThrows(
            CaseRuleViolation.class,
            () -> other.publicReply("hi", mediator, AFTER, Addressee.party(a)));
    assertEquals("party.notOfCase", foreign.code());
  }

  private CaseEvent reply(CaseFile c, Instant at, Addressee to) {
    return c.publicReply("text", mediator, at, to);
  }
}
