package org.kesher.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.RequestDraft.aRequest;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kesher.testing.KesherClient;
import org.kesher.testing.KesherClient.Part;
import org.kesher.testing.SampleFiles;
import org.kesher.testing.ServerLog;
import org.kesher.testing.SharedKesher;
import org.kesher.testing.StaffBrowserSession;
import org.kesher.testing.TestDatabase;

/**
 * The leak matrix: cases of every level in two units (SENIORS and RIGHTS_CENTER), a referral from
 * one to the other and a break-glass grant, checked for every role on every surface against the
 * table written below: the work queue and the closed view searched by words and by contact, a
 * direct URL by reference, each file's download, the references a case page links to (duplicate
 * hints, related and linked cases), the resident's REST API with another case's code, the access
 * log's screen and export, and nobody logged in. Marker words planted in the sealed cases' texts
 * and files are looked for in every page a role may not see them on, in every mail the run wrote
 * (the outbox, opened) and in the whole server log. The number of cells is printed.
 */
@ExtendWith(SharedKesher.class)
class LeakMatrixIT {

  private static final String PASSWORD = "Leak-Matrix-Pass-1";

  /** The matrix's cases: unit A (SENIORS) and B (RIGHTS_CENTER), each level; REF was referred. */
  private static final List<String> CASES =
      List.of("A-STD", "A-RES", "A-SEAL", "B-STD", "B-RES", "B-SEAL", "REF");

  /**
   * Who sees what: Y in every list and by URL; G by URL only (a break-glass grant, never in a
   * queue); - nowhere. A-RES was referred to B (REF): it is in A's closed view. A-SEAL is assigned
   * to cw.a.
   */
  private static final Map<String, String> TABLE = new LinkedHashMap<>();

  static {
    //                   A-STD A-RES A-SEAL B-STD B-RES B-SEAL REF
    TABLE.put("cw.a", "Y Y Y - - - -");
    TABLE.put("cw.b", "- - - Y Y - Y");
    TABLE.put("head.a", "Y Y Y - - - -");
    TABLE.put("head.b", "- - G Y Y Y Y");
    TABLE.put("intake", "Y - - Y - - -");
    TABLE.put("manager", "Y - - Y - - -");
    TABLE.put("admin", "- - - - - - -");
    TABLE.put("officer", "- - - - - - -");
  }

  private final Map<String, String> references = new LinkedHashMap<>();
  private final Map<String, String> codes = new LinkedHashMap<>();
  private final Map<String, Long> files = new LinkedHashMap<>();
  private final Map<String, String> markers = new LinkedHashMap<>();
  private final List<String> problems = new ArrayList<>();
  private int cells;
  private String word;
  private String phone;

  private static URI base() throws Exception {
    return SharedKesher.url().toURI();
  }

  @Test
  void everyRoleSeesOnEverySurfaceExactlyWhatTheTableSays() throws Exception {
    long mailsBefore = Long.parseLong(TestDatabase.column("SELECT COUNT(*) FROM mail_outbox"));
    staff();
    cases();
    parties();
    for (var row : TABLE.entrySet()) {
      checkStaff(row.getKey(), row.getValue().split(" "));
    }
    checkResidentsAndNobody();
    // the markers are there to be found: the caseworker of A's sealed case reads its own
    var own = logIn("cw.a").get("staff/case.xhtml?ref=" + references.get("A-SEAL")).body();
    if (!own.contains(markers.get("A-SEAL"))) {
      problems.add("cw.a does not see the marker of A-SEAL on its own page: the check is blind");
    }
    checkMailsAndLog(mailsBefore);
    System.out.println("Leak matrix: " + cells + " cells checked");
    assertEquals("", String.join("\n", problems));
    assertTrue(cells > 400, "the matrix is whole: " + cells);
  }

  // ---- the cast and the cases -------------------------------------------------------------

  private void staff() throws Exception {
    long id = 931_000 + new Random().nextInt(900) * 10L;
    String[][] cast = {
      {"cw.a", "CASEWORKER", "SENIORS", "MEMBER"},
      {"cw.b", "CASEWORKER", "RIGHTS_CENTER", "MEMBER"},
      {"head.a", "CASEWORKER", "SENIORS", "HEAD"},
      {"head.b", "CASEWORKER", "RIGHTS_CENTER", "HEAD"},
      {"intake", "INTAKE_COORDINATOR", null, null},
      {"manager", "DEPARTMENT_MANAGER", null, null},
      {"admin", "ADMINISTRATOR", null, null},
      {"officer", "PRIVACY_OFFICER", null, null}
    };
    for (String[] member : cast) {
      StaffBrowserSession.createStaff(id, "leak." + member[0], PASSWORD, 600_000, member[1]);
      if (member[2] != null) {
        StaffBrowserSession.joinUnit(id, member[2], member[3]);
      }
      ids.put(member[0], id++);
    }
  }

  private final Map<String, Long> ids = new LinkedHashMap<>();

  private void cases() throws Exception {
    Random random = new Random();
    word =
        "leakword"
            + (char) ('a' + random.nextInt(26))
            + (char) ('a' + random.nextInt(26))
            + (char) ('a' + random.nextInt(26))
            + (char) ('a' + random.nextInt(26));
    phone = "058-" + (1_000_000 + random.nextInt(8_999_999));
    for (String name : List.of("A-STD", "A-RES", "A-SEAL", "B-STD", "B-RES", "B-SEAL")) {
      boolean sealed = name.endsWith("SEAL");
      String marker = "SEALEDLEAK" + name.charAt(0) + random.nextInt(1_000_000);
      String text = "The " + word + " matter" + (sealed ? " " + marker : "");
      String type =
          name.endsWith("STD")
              ? "GENERAL"
              : name.endsWith("RES") ? "MEDIATION" : "PROTECTION_CONTACT";
      String json =
          switch (type) {
            case "GENERAL" ->
                aRequest("GENERAL")
                    .language("he")
                    .from("Leak Resident", phone)
                    .email("leak.resident@example.org", true)
                    .answer("subject", "Leak")
                    .answer("description", text)
                    .json();
            case "MEDIATION" ->
                aRequest("MEDIATION")
                    .language("he")
                    .from("Leak Resident", phone)
                    .email("leak.resident@example.org", true)
                    .answer("other_party_name", "Neighbour")
                    .answer("relationship", "SAME_BUILDING")
                    .answer("dispute_description", text)
                    .json();
            default ->
                aRequest("PROTECTION_CONTACT")
                    .language("he")
                    .from("Leak Resident", phone)
                    .email("leak.resident@example.org", true)
                    .answer("description", text)
                    .json();
          };
      HttpResponse<String> created =
          new KesherClient(base())
              .postMultipart(
                  "api/v1/requests",
                  List.of(
                      Part.text("request", "application/json", json),
                      Part.file(
                          "attachments", (sealed ? marker : "file") + ".pdf", SampleFiles.pdf())));
      assertEquals(201, created.statusCode(), name + ": " + created.body());
      JsonObject receipt = KesherClient.json(created).asJsonObject();
      String reference = receipt.getString("reference");
      references.put(name, reference);
      codes.put(name, receipt.getString("trackingCode"));
      if (sealed) {
        markers.put(name, marker);
      }
      String unit = name.startsWith("A") ? "SENIORS" : "RIGHTS_CENTER";
      Long assignee = name.equals("A-SEAL") ? ids.get("cw.a") : null;
      TestDatabase.execute(
          "UPDATE case_file SET unit_id = (SELECT id FROM community_unit WHERE code = ?),"
              + " assignee_id = ?, status = ? WHERE reference = ?",
          unit,
          assignee,
          assignee == null ? "NEW" : "ASSIGNED",
          reference);
      TestDatabase.execute(
          "UPDATE case_word SET unit_id = (SELECT id FROM community_unit WHERE code = ?)"
              + " WHERE case_id = (SELECT id FROM case_file WHERE reference = ?)",
          unit,
          reference);
      files.put(
          name,
          Long.parseLong(
              TestDatabase.column(
                  "SELECT a.id FROM case_attachment a JOIN case_file c ON c.id = a.case_id"
                      + " WHERE c.reference = ?",
                  reference)));
    }
    // cw.a refers A-RES to B, with a summary holding the word; the new case is REF
    var cwA = logIn("cw.a");
    String page = "staff/case.xhtml?ref=" + references.get("A-RES");
    var referred =
        cwA.submit(
            page,
            Map.of(
                "case", "case",
                "case:refer-to_input", "RIGHTS_CENTER",
                "case:summary", "Referred " + word + " matter",
                "case:consent_input", "on",
                "case:refer", ""));
    assertTrue(referred.statusCode() < 400, referred.body());
    String ref =
        TestDatabase.column(
            "SELECT t.reference FROM case_file c JOIN case_file t ON t.id = c.referred_to_id"
                + " WHERE c.reference = ?",
            references.get("A-RES"));
    assertTrue(ref != null, "the referral opened a case in B");
    references.put("REF", ref);
    files.put("REF", files.get("A-RES"));
    // head.b breaks the glass on A-SEAL
    var headB = logIn("head.b");
    var glass =
        headB.submit(
            "staff/break-glass.xhtml",
            Map.of(
                "break-glass", "break-glass",
                "break-glass:reference", references.get("A-SEAL"),
                "break-glass:reason", "A child at risk tonight and the caseworker is away.",
                "break-glass:ask", ""));
    assertTrue(glass.statusCode() < 400, glass.body());
    sessions.put("head.b", headB);
    sessions.put("cw.a", cwA);
  }

  private final Map<String, StaffBrowserSession> sessions = new LinkedHashMap<>();

  /** Who may print a party's letter on a case: the members of its unit, nobody else. */
  private static final Map<String, Set<String>> LETTER_PRINTERS =
      Map.of("A-STD", Set.of("cw.a", "head.a"), "B-RES", Set.of("cw.b", "head.b"));

  private final Map<String, String> parties = new LinkedHashMap<>();

  /** A party invited by letter on A-STD (by cw.a) and on B-RES (by cw.b). */
  private void parties() throws Exception {
    for (var on : Map.of("A-STD", "cw.a", "B-RES", "cw.b").entrySet()) {
      var session = logIn(on.getValue());
      Map<String, String> form = new LinkedHashMap<>();
      form.put("case", "case");
      form.put("case:party-role_input", "OTHER_PARTY");
      form.put("case:party-name", "Leak Party " + on.getKey());
      form.put("case:party-language_input", "he");
      form.put("case:party-by", "LETTER");
      form.put("case:invite-party", "");
      var answer = session.submit("staff/case.xhtml?ref=" + references.get(on.getKey()), form);
      assertEquals(302, answer.statusCode(), "a party on " + on.getKey() + ": " + answer.body());
      parties.put(
          on.getKey(),
          TestDatabase.column(
              "SELECT p.id FROM case_party p JOIN case_file c ON c.id = p.case_id"
                  + " WHERE c.reference = ?",
              references.get(on.getKey())));
    }
  }

  private StaffBrowserSession logIn(String role) throws Exception {
    if (sessions.containsKey(role)) {
      return sessions.get(role);
    }
    var session = new StaffBrowserSession(base());
    var answer = session.logIn("leak." + role, PASSWORD);
    assertTrue(
        answer.statusCode() == 302 || answer.statusCode() == 303,
        role + ": " + answer.statusCode());
    sessions.put(role, session);
    return session;
  }

  // ---- the surfaces -----------------------------------------------------------------------

  private void checkStaff(String role, String[] row) throws Exception {
    var session = logIn(role);
    Set<String> listed = new TreeSet<>();
    Set<String> byUrl = new TreeSet<>();
    Set<String> closed = new TreeSet<>();
    for (int i = 0; i < CASES.size(); i++) {
      if (row[i].equals("Y")) {
        listed.add(CASES.get(i));
        byUrl.add(CASES.get(i));
        if (CASES.get(i).equals("A-RES")) {
          closed.add(CASES.get(i));
        }
      } else if (row[i].equals("G")) {
        byUrl.add(CASES.get(i));
      }
    }
    Set<String> open = new TreeSet<>(listed);
    open.removeAll(closed);
    cell(role, "open cases by words", open, found(session, role, "OPEN", word, byUrl));
    cell(role, "all cases by words", listed, found(session, role, "ALL", word, byUrl));
    cell(role, "all cases by contact", listed, found(session, role, "ALL", phone, byUrl));
    cell(role, "closed cases by words", closed, found(session, role, "CLOSED", word, byUrl));
    for (String name : CASES) {
      boolean may = byUrl.contains(name);
      var page = session.get("staff/case.xhtml?ref=" + references.get(name));
      seen(
          role,
          "direct URL " + name,
          may,
          page.statusCode() == 200 && page.body().contains("id=\"case-reference\""));
      contentCheck(role, "case page " + name, page.body(), byUrl);
      if (page.statusCode() == 200) {
        Set<String> linked = namesOn(page.body());
        linked.remove(name);
        Set<String> extra = new TreeSet<>(linked);
        extra.removeAll(byUrl);
        cell(role, "links on " + name, Set.of(), extra);
      }
      var file = session.getBytes("staff/files/" + references.get(name) + "/" + files.get(name));
      boolean fileShown = file.statusCode() == 200 && new String(file.body(), 0, 4).equals("%PDF");
      seen(role, "file of " + name, may && !name.equals("REF"), fileShown);
      if (parties.containsKey(name)) {
        var letter =
            session.postForBytes("staff/letters/" + references.get(name) + "/" + parties.get(name));
        boolean lettered =
            letter.statusCode() == 200 && new String(letter.body(), 0, 4).equals("%PDF");
        seen(role, "party letter on " + name, LETTER_PRINTERS.get(name).contains(role), lettered);
        if (lettered) {
          contentCheck(role, "party letter on " + name, printedText(letter.body()), byUrl);
        }
      }
      var print = session.getBytes("staff/print/" + references.get(name));
      boolean printed = print.statusCode() == 200 && new String(print.body(), 0, 4).equals("%PDF");
      seen(role, "print of " + name, may, printed);
      if (printed) {
        contentCheck(role, "print of " + name, printedText(print.body()), byUrl);
      }
    }
    // the whole list exported: to CSV, as the list shows it
    var csv =
        session.submit(
            "staff/index.xhtml?queue=ALL", Map.of("queue", "queue", "queue:export-csv", ""));
    cell(
        role, "all cases to CSV", listed, csv.statusCode() == 200 ? namesOn(csv.body()) : Set.of());
    contentCheck(role, "all cases to CSV", csv.body(), byUrl);
    var reports = session.get("staff/reports.xhtml");
    contentCheck(role, "reports", reports.body(), Set.of());
    var log = session.get("staff/privacy/access-log.xhtml");
    seen(
        role,
        "access log screen",
        role.equals("officer"),
        log.statusCode() == 200 && log.body().contains("access-log"));
    contentCheck(role, "access log screen", log.body(), Set.of());
    var export = session.get("staff/privacy/access-log.csv");
    seen(role, "access log export", role.equals("officer"), export.statusCode() == 200);
    contentCheck(role, "access log export", export.body(), Set.of());
  }

  /** The text of a printed case, every page. */
  private static String printedText(byte[] pdf) {
    try {
      var reader = new com.lowagie.text.pdf.PdfReader(pdf);
      var text = new StringBuilder();
      var extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The matrix cases a search in a view lists, read off the page. */
  private Set<String> found(
      StaffBrowserSession session, String role, String view, String text, Set<String> mayRead)
      throws Exception {
    String path = "staff/index.xhtml?queue=" + view;
    var page =
        session.submit(path, Map.of("queue", "queue", "queue:search", text, "queue:filter", ""));
    contentCheck(role, view + " searching " + text, page.body(), mayRead);
    return namesOn(page.body());
  }

  private Set<String> namesOn(String html) {
    Set<String> names = new TreeSet<>();
    references.forEach(
        (name, reference) -> {
          if (html.contains(reference)) {
            names.add(name);
          }
        });
    return names;
  }

  /** No sealed case's marker on a page, unless the role may read that case. */
  private void contentCheck(String role, String surface, String body, Set<String> mayRead) {
    markers.forEach(
        (name, marker) -> {
          cells++;
          if (!mayRead.contains(name) && body.contains(marker)) {
            problems.add(role + " / " + surface + ": the marker of " + name + " is shown");
          }
        });
  }

  private void cell(String role, String surface, Set<String> expected, Set<String> actual) {
    cells += CASES.size();
    if (!expected.equals(actual)) {
      problems.add(role + " / " + surface + ": expected " + expected + ", saw " + actual);
    }
  }

  private void seen(String role, String surface, boolean expected, boolean actual) {
    cells++;
    if (expected != actual) {
      problems.add(
          role
              + " / "
              + surface
              + ": expected "
              + (expected ? "shown" : "refused")
              + ", was "
              + (actual ? "shown" : "refused"));
    }
  }

  private void checkResidentsAndNobody() throws Exception {
    var api = new KesherClient(base());
    String ownCode = codes.get("A-STD");
    for (String name : CASES) {
      if (!codes.containsKey(name)) {
        continue;
      }
      var tracked = api.get("api/v1/requests/" + references.get(name), "X-Tracking-Code", ownCode);
      seen(
          "resident of A-STD",
          "REST API " + name,
          name.equals("A-STD"),
          tracked.statusCode() == 200);
      contentCheck("resident of A-STD", "REST API " + name, tracked.body(), Set.of());
      var anonymous = new StaffBrowserSession(base());
      var page = anonymous.get("staff/case.xhtml?ref=" + references.get(name));
      seen(
          "nobody",
          "case page " + name,
          false,
          page.statusCode() == 200 && page.body().contains("id=\"case-reference\""));
      contentCheck("nobody", "case page " + name, page.body(), Set.of());
      var file = anonymous.getBytes("staff/files/" + references.get(name) + "/" + files.get(name));
      seen(
          "nobody",
          "file of " + name,
          false,
          file.statusCode() == 200
              && file.body().length > 4
              && new String(file.body(), 0, 4).equals("%PDF"));
      var noCode = api.get("api/v1/requests/" + references.get(name));
      seen("nobody", "REST API " + name, false, noCode.statusCode() == 200);
    }
  }

  private void checkMailsAndLog(long mailsBefore) throws Exception {
    var keys = TestDatabase.sealingKeys();
    List<String> mails = new ArrayList<>();
    try (var c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        var read =
            c.prepareStatement(
                "SELECT subject, text_body, html_body FROM mail_outbox ORDER BY id");
        var rows = read.executeQuery()) {
      while (rows.next()) {
        mails.add(
            keys.open(rows.getBytes(1))
                + keys.open(rows.getBytes(2))
                + keys.open(rows.getBytes(3)));
      }
    }
    if (mails.size() <= mailsBefore) {
      problems.add("the run wrote no mail to look in");
    }
    for (String mail : mails) {
      contentCheck("mail", "outbox", mail, Set.of());
    }
    ServerLog.assertContainsNoneOf(markers.values());
    cells += markers.size();
  }
}
