package org.kesher.mediation.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.RequestDraft.aRequest;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kesher.testing.Browser;
import org.kesher.testing.ClassBrowser;
import org.kesher.testing.KesherClient;
import org.kesher.testing.SharedKesher;
import org.kesher.testing.StaffBrowserSession;
import org.kesher.testing.StaffJourney;
import org.kesher.testing.TestDatabase;

/**
 * A mediation in Chromium, as a mediator and a neighbour without email live it: the mediator
 * invites the neighbour by a printed letter, the neighbour enters the letter's code on the tracking
 * page and accepts, the mediator writes to each side and sets a session (the requester hears of it
 * by mail, the neighbour on a second letter), records the outcome with the signed agreement, and
 * each side's tracking page shows their own thread only, with the session, the outcome and the
 * agreement. Axe checks the party's tracking page in Hebrew, Arabic and English.
 */
@ExtendWith(SharedKesher.class)
class MediationPagesIT {

  private static final String PASSWORD = "Mediation-Pages-1";
  private static final Pattern CODE =
      Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

  @RegisterExtension static final ClassBrowser chromium = new ClassBrowser();

  private final URL base = SharedKesher.url();

  @Test
  void aMediatorInvitesByLetterAndEachPartyReadsOnlyTheirOwnThread() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String requesterMail = "mediation-" + run + "@example.org";
    var created =
        new KesherClient(base.toURI())
            .post(
                "api/v1/requests",
                aRequest("MEDIATION")
                    .from("Orly Requester", "053-1112222")
                    .email(requesterMail, true)
                    .language("he")
                    .answer("other_party_name", "Yossi upstairs")
                    .answer("relationship", "SAME_BUILDING")
                    .answer("dispute_description", "COMPLAINT-" + run + " water leaks")
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    var receipt = KesherClient.json(created).asJsonObject();
    String reference = receipt.getString("reference");
    String requesterCode = receipt.getString("trackingCode");
    StaffBrowserSession.createStaff(
        922_001, "mediation.pages", PASSWORD, 600_000, "CASEWORKER", "en");
    StaffBrowserSession.joinUnit(922_001, "MEDIATION", "MEMBER");

    Browser b = chromium.fresh(base);
    var journey = new StaffJourney(b).logIn("mediation.pages", PASSWORD);
    b.open("staff/case.xhtml?ref=" + reference);
    b.find("#invite-panel summary").click();
    b.find("#case\\:party-name").sendKeys("Yossi Neighbour-" + run);
    b.find("#case\\:party-phone").sendKeys("052-5556666");
    journey.choose("case\\:party-language", "ar");
    b.find("#case\\:party-invitation").sendKeys("INVITE-" + run + " a talk about the leak");
    b.andWaitForNewPage(() -> b.find("#case\\:invite-party").click());
    String partyId = b.find("li.party").getAttribute("id").replace("party-", "");
    byte[] letter = staffPost(b, "staff/letters/" + reference + "/" + partyId);
    String letterText = pdfText(letter);
    var code = CODE.matcher(letterText);
    assertTrue(code.find(), letterText);
    String partyCode = code.group();
    assertTrue(letterText.contains("Yossi Neighbour-" + run), "the party's own name");
    assertTrue(letterText.contains(reference) && letterText.contains("INVITE-" + run), letterText);
    for (String other : List.of("Orly", "053-1112222", requesterMail, requesterCode, "COMPLAINT")) {
      assertFalse(letterText.contains(other), "no other party's data in the letter: " + other);
    }

    // the neighbour enters the letter's code and accepts, in Arabic
    b.clearCookies();
    track(b, "ar", reference, partyCode);
    assertTrue(b.find("#invitation-text").getText().contains("INVITE-" + run));
    assertFalse(b.find("main").getText().contains("Orly"), "nothing of the requester");
    b.andWaitForNewPage(() -> b.find("#accept").click());
    assertTrue(b.findAll("#leave").size() == 1, b.find("main").getText());

    // the mediator writes to each side, and sets a session
    b.clearCookies();
    journey.logIn("mediation.pages", PASSWORD);
    b.open("staff/case.xhtml?ref=" + reference);
    reply(b, journey, partyId, "TO-NEIGHBOUR-" + run);
    reply(b, journey, "REQUESTER", "TO-REQUESTER-" + run);
    b.find("#mediation-card summary").click();
    b.js("arguments[0].value = '2030-02-03';", b.find("#mediation\\:session-date"));
    b.js("arguments[0].value = '18:15';", b.find("#mediation\\:session-time"));
    b.find("#mediation\\:session-place").sendKeys("Community centre, 5 Herzl St.");
    b.find("#mediation\\:session-mediators").sendKeys("Dana Cohen");
    b.andWaitForNewPage(() -> b.find("#mediation\\:save-session").click());
    String sessions = b.find("#sessions").getText();
    assertTrue(sessions.contains("03.02.2030 18:15"), sessions);
    String sessionId = b.find("#sessions li").getAttribute("id").replace("session-", "");
    assertEquals(
        "1",
        TestDatabase.column(
            "SELECT COUNT(*) FROM mail_outbox m JOIN case_file c ON c.id = m.case_id"
                + " WHERE c.reference = ? AND m.kind = 'SESSION_SCHEDULED'",
            reference),
        "the requester is told by mail; the neighbour has no address");
    String paper = pdfText(staffPost(b, "staff/session-letters/" + reference + "/" + sessionId));
    assertTrue(paper.contains("Yossi Neighbour-" + run), "the neighbour's session letter");
    assertTrue(paper.contains("03.02.2030 18:15"), paper);
    assertFalse(paper.contains("Orly"), "the requester hears by mail: no page for them");

    // the outcome, with the signed agreement
    b.find("#outcome-form\\:outcome-result label").click();
    Path signed = Files.createTempFile("agreement", ".pdf");
    Files.write(signed, letter);
    b.find("#outcome-form\\:outcome-agreement").sendKeys(signed.toString());
    b.andWaitForNewPage(() -> b.find("#outcome-form\\:record-outcome").click());
    assertTrue(b.find("#outcome").getText().contains("Agreement"), b.find("main").getText());

    // each side reads their own thread, the session and the outcome
    List<String> axe = new ArrayList<>();
    for (String language : List.of("he", "ar", "en")) {
      b.clearCookies();
      track(b, language, reference, partyCode);
      String party = b.find("main").getText();
      assertTrue(
          party.contains("TO-NEIGHBOUR-" + run) && party.contains("03.02.2030 18:15"), party);
      assertFalse(party.contains("TO-REQUESTER-" + run), "not the requester's message");
      assertTrue(b.findAll("#agreement").size() == 1, "the agreement for the party");
      axe.add(b.axeViolations("tracking, a party's view [" + language + "]"));
    }
    b.clearCookies();
    track(b, "he", reference, requesterCode);
    String requester = b.find("main").getText();
    assertTrue(requester.contains("TO-REQUESTER-" + run), requester);
    assertTrue(requester.contains("03.02.2030 18:15"), "the requester's page shows the session");
    assertFalse(requester.contains("TO-NEIGHBOUR-" + run), "not the neighbour's message");
    assertFalse(requester.contains("INVITE-" + run), "nor the words written to the neighbour");
    assertTrue(b.findAll("#agreement").size() == 1, "the agreement for the requester");
    assertEquals("", String.join("", axe));
  }

  private static void reply(Browser b, StaffJourney journey, String to, String text) {
    b.find("#case\\:text").sendKeys(text);
    journey.choose("case\\:reply-to", to);
    b.andWaitForNewPage(() -> b.find("#case\\:reply").click());
    assertTrue(b.find("#timeline").getText().contains(text), b.find("main").getText());
  }

  private static void track(Browser b, String language, String reference, String code) {
    b.open("track.xhtml?lang=" + language);
    b.find("#f-reference").sendKeys(reference);
    b.find("#f-code").sendKeys(code);
    b.andWaitForNewPage(() -> b.find("main form button[type=submit]").click());
    b.waiting(Duration.ofSeconds(5)).until(d -> !b.findAll("#reference").isEmpty());
  }

  /** A POST in the browser's staff session, as the card's print buttons make it. */
  private byte[] staffPost(Browser b, String path) throws Exception {
    var answer = StaffBrowserSession.postAsBrowser(b, base.toURI(), path);
    assertEquals(200, answer.statusCode(), path);
    return answer.body();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    var reader = new PdfReader(pdf);
    var extractor = new PdfTextExtractor(reader);
    var text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return Normalizer.normalize(text, Normalizer.Form.NFKC);
  }
}
