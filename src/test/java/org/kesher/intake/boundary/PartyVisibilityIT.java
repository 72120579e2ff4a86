package org.kesher.intake.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.RequestDraft.aRequest;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kesher.testing.KesherClient;
import org.kesher.testing.SharedKesher;
import org.kesher.testing.StaffBrowserSession;
import org.kesher.testing.TestDatabase;

/**
 * The per-party visibility table of a mediation: its requester and two further parties (A invited
 * by a printed letter, B by mail) each read, on each surface they have (the tracking page, the
 * API's answer, their mails or their letter), exactly what the table below says of every message
 * (to all, to the requester, to A, to B, an internal note), of every resident's own reply, of the
 * mediator's words to each party, of everyone's contact details and tracking codes, and of the
 * complaint itself. Each item is a marker word planted where it belongs; every cell is asserted and
 * their number printed.
 */
@ExtendWith(SharedKesher.class)
class PartyVisibilityIT {

  private static final String PASSWORD = "Party-Table-Pass-1";
  private static final Pattern CODE =
      Pattern.compile("[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}");

  /** The items, in the table's column order. */
  private static final List<String> ITEMS =
      List.of(
          "TO_ALL",
          "TO_REQ",
          "TO_A",
          "TO_B",
          "NOTE",
          "R_REQ",
          "R_A",
          "R_B",
          "INV_A",
          "INV_B",
          "REQ_NAME",
          "REQ_PHONE",
          "REQ_EMAIL",
          "A_NAME",
          "A_PHONE",
          "B_NAME",
          "B_EMAIL",
          "REQ_CODE",
          "A_CODE",
          "B_CODE",
          "COMPLAINT");

  /** Who reads what where: Y present, - absent, one column per item above. */
  private static final Map<String, String> TABLE = new LinkedHashMap<>();

  static {
    //                       ALL REQ A B NOTE RREQ RA RB INVA INVB RN RP RE AN AP BN BE RC AC BC CMP
    TABLE.put("requester page", "Y Y - - - - - - - - - - - - - - - Y - - -");
    TABLE.put("requester api", "Y Y - - - - - - - - - - - - - - - - - - -");
    TABLE.put("requester mails", "Y Y - - - - - - - - - - - - - - - Y - - -");
    TABLE.put("A page", "Y - Y - - - - - Y - - - - - - - - - Y - -");
    TABLE.put("A api", "Y - Y - - - - - Y - - - - - - - - - - - -");
    TABLE.put("A letter", "- - - - - - - - Y - - - - Y - - - - Y - -");
    TABLE.put("B page", "Y - - Y - - - - - Y - - - - - - - - - Y -");
    TABLE.put("B api", "Y - - Y - - - - - Y - - - - - - - - - - -");
    TABLE.put("B mails", "Y - - Y - - - - - Y - - - - - Y - - - Y -");
  }

  private final Map<String, String> markers = new LinkedHashMap<>();
  private final URI base = URI.create(SharedKesher.url().toString());
  private final KesherClient api = new KesherClient(base);

  private String marker(String item) {
    return markers.computeIfAbsent(
        item, k -> "Q" + k.replace("_", "") + UUID.randomUUID().toString().substring(0, 8) + "Q");
  }

  @Test
  void eachPartyReadsOnEverySurfaceOnlyWhatIsAddressedToThem() throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    markers.put("REQ_PHONE", "053-71" + (10000 + (int) (Math.random() * 89999)));
    markers.put("A_PHONE", "052-81" + (10000 + (int) (Math.random() * 89999)));
    markers.put("REQ_EMAIL", "req-" + run + "@example.org");
    markers.put("B_EMAIL", "party-b-" + run + "@example.org");
    var created =
        api.post(
            "api/v1/requests",
            aRequest("MEDIATION")
                .from("Rina " + marker("REQ_NAME"), markers.get("REQ_PHONE"))
                .email(markers.get("REQ_EMAIL"), true)
                .language("en")
                .answer("other_party_name", "The neighbours upstairs")
                .answer("relationship", "SAME_BUILDING")
                .answer("dispute_description", "Loud music " + marker("COMPLAINT"))
                .json());
    assertEquals(201, created.statusCode(), created.body());
    var receipt = KesherClient.json(created).asJsonObject();
    String reference = receipt.getString("reference");
    markers.put("REQ_CODE", receipt.getString("trackingCode"));

    StaffBrowserSession.createStaff(921_001, "party.mediator", PASSWORD, 600_000, "CASEWORKER");
    StaffBrowserSession.joinUnit(921_001, "MEDIATION", "MEMBER");
    var staff = new StaffBrowserSession(base);
    staff.logIn("party.mediator", PASSWORD);
    String casePage = "staff/case.xhtml?ref=" + reference;
    invite(
        staff,
        casePage,
        "Amos " + marker("A_NAME"),
        markers.get("A_PHONE"),
        "",
        "ar",
        "LETTER",
        "INV_A");
    invite(
        staff,
        casePage,
        "Bella " + marker("B_NAME"),
        "",
        markers.get("B_EMAIL"),
        "en",
        "MAIL",
        "INV_B");
    List<String> parties =
        List.of(
            TestDatabase.column(
                "SELECT MIN(p.id) FROM case_party p JOIN case_file c ON c.id = p.case_id"
                    + " WHERE c.reference = ?",
                reference),
            TestDatabase.column(
                "SELECT MAX(p.id) FROM case_party p JOIN case_file c ON c.id = p.case_id"
                    + " WHERE c.reference = ?",
                reference));

    var letter = staff.postForBytes("staff/letters/" + reference + "/" + parties.get(0));
    assertEquals(200, letter.statusCode());
    String letterText = pdfText(letter.body());
    markers.put("A_CODE", found(CODE.matcher(letterText), "a code in A's letter: " + letterText));
    String invitationMail = String.join("\n", mails(reference, markers.get("B_EMAIL")));
    markers.put("B_CODE", found(CODE.matcher(invitationMail), "a code in B's mail"));
    var elsewhere =
        new StaffBrowserSession(base)
            .postForBytes("staff/letters/" + reference + "/" + parties.get(0));
    assertTrue(
        elsewhere.statusCode() != 200 || !new String(elsewhere.body(), 0, 4).equals("%PDF"),
        "no letter without a login");

    // each party accepts with their own code, and a party's code does not withdraw the request
    for (String party : List.of("A_CODE", "B_CODE")) {
      String page = track(reference, markers.get(party), "accept");
      assertTrue(page.contains("id=\"leave\""), party + " accepted: " + page);
    }
    String status = "SELECT status FROM case_file WHERE reference = ?";
    String before = TestDatabase.column(status, reference);
    track(reference, markers.get("A_CODE"), "withdraw&confirm=yes");
    assertEquals(
        before, TestDatabase.column(status, reference), "a party's code withdraws nothing");
    assertTrue(!"WITHDRAWN".equals(before), before);

    reply(staff, casePage, "TO_ALL", "ALL");
    reply(staff, casePage, "TO_REQ", "REQUESTER");
    reply(staff, casePage, "TO_A", parties.get(0));
    reply(staff, casePage, "TO_B", parties.get(1));
    var note =
        staff.submit(
            casePage,
            Map.of("case", "case", "case:text", "Note " + marker("NOTE"), "case:note", ""));
    assertTrue(note.statusCode() < 400, note.body());
    residentReply(reference, markers.get("REQ_CODE"), "R_REQ");
    residentReply(reference, markers.get("A_CODE"), "R_A");
    residentReply(reference, markers.get("B_CODE"), "R_B");

    Map<String, String> surfaces = new LinkedHashMap<>();
    for (String[] who :
        new String[][] {{"requester", "REQ_CODE"}, {"A", "A_CODE"}, {"B", "B_CODE"}}) {
      surfaces.put(who[0] + " page", track(reference, markers.get(who[1]), "track"));
      var answer = api.get("api/v1/requests/" + reference, "X-Tracking-Code", markers.get(who[1]));
      assertEquals(200, answer.statusCode(), answer.body());
      surfaces.put(who[0] + " api", answer.body());
    }
    surfaces.put("requester mails", String.join("\n", mails(reference, markers.get("REQ_EMAIL"))));
    surfaces.put("A letter", letterText);
    surfaces.put("B mails", String.join("\n", mails(reference, markers.get("B_EMAIL"))));

    List<String> wrong = new ArrayList<>();
    int cells = 0;
    for (var row : TABLE.entrySet()) {
      String surface = surfaces.get(row.getKey());
      String[] expected = row.getValue().split(" ");
      assertEquals(ITEMS.size(), expected.length, row.getKey());
      for (int i = 0; i < ITEMS.size(); i++) {
        boolean present = surface.contains(markers.get(ITEMS.get(i)));
        cells++;
        if (present != expected[i].equals("Y")) {
          wrong.add(row.getKey() + " / " + ITEMS.get(i) + ": " + (present ? "shown" : "missing"));
        }
      }
    }
    System.out.println(
        "per-party visibility table: "
            + TABLE.size()
            + " surfaces x "
            + ITEMS.size()
            + " items = "
            + cells
            + " cells");
    assertEquals(List.of(), wrong);
    assertEquals(189, cells);
  }

  private void invite(
      StaffBrowserSession staff,
      String casePage,
      String name,
      String phone,
      String email,
      String language,
      String by,
      String words)
      throws Exception {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("case", "case");
    form.put("case:party-role_input", "OTHER_PARTY");
    form.put("case:party-name", name);
    form.put("case:party-phone", phone);
    form.put("case:party-email", email);
    if (!email.isEmpty()) {
      form.put("case:party-email-safe_input", "on");
    }
    form.put("case:party-language_input", language);
    form.put("case:party-invitation", "Please come " + marker(words));
    form.put("case:party-by", by);
    form.put("case:invite-party", "");
    var answer = staff.submit(casePage, form);
    assertEquals(302, answer.statusCode(), "invited and sent back to the case: " + answer.body());
  }

  private void reply(StaffBrowserSession staff, String casePage, String item, String to)
      throws Exception {
    var answer =
        staff.submit(
            casePage,
            Map.of(
                "case",
                "case",
                "case:text",
                "Message " + marker(item),
                "case:reply-to_input",
                to,
                "case:reply",
                ""));
    assertTrue(answer.statusCode() < 400, answer.body());
    assertTrue(
        staff.get(casePage).body().contains(markers.get(item)),
        item + " is on the case's timeline");
  }

  private void residentReply(String reference, String code, String item) {
    var answer =
        api.post(
            "api/v1/requests/" + reference + "/replies",
            "{\"message\": \"Mine " + marker(item) + "\"}",
            "X-Tracking-Code",
            code);
    assertEquals(200, answer.statusCode(), item + ": " + answer.body());
  }

  private String track(String reference, String code, String action) throws Exception {
    var page =
        new StaffBrowserSession(base)
            .postForm(
                "track.xhtml?lang=en",
                "action="
                    + action
                    + "&reference="
                    + reference
                    + "&code="
                    + URLEncoder.encode(code, StandardCharsets.UTF_8));
    assertEquals(200, page.statusCode(), action + ": " + page.body());
    return page.body();
  }

  private static List<String> mails(String reference, String address) throws Exception {
    var keys = TestDatabase.sealingKeys();
    List<String> mails = new ArrayList<>();
    try (var c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        var read =
            c.prepareStatement(
                "SELECT m.recipient, m.subject, m.text_body, m.html_body FROM mail_outbox m"
                    + " JOIN case_file f ON f.id = m.case_id WHERE f.reference = ? ORDER BY m.id")) {
      read.setString(1, reference);
      try (var rows = read.executeQuery()) {
        while (rows.next()) {
          if (address.equals(keys.open(rows.getBytes(1)))) {
            mails.add(
                keys.open(rows.getBytes(2))
                    + "\n"
                    + keys.open(rows.getBytes(3))
                    + "\n"
                    + keys.open(rows.getBytes(4)));
          }
        }
      }
    }
    assertTrue(!mails.isEmpty(), "mails to " + address);
    return mails;
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

  private static String found(Matcher matcher, String what) {
    assertTrue(matcher.find(), what);
    return matcher.group();
  }
}
