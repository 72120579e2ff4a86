package org.kesher.app.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.CaseAssert.storedCase;
import static org.kesher.testing.RequestDraft.aRequest;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kesher.testing.KesherClient;
import org.kesher.testing.KesherDeployment;
import org.kesher.testing.StaffBrowserSession;
import org.kesher.testing.TestDatabase;
import org.kesher.testing.WithTestDatabase;

/**
 * The built WAR on Payara Micro against MariaDB through Connector/J: it migrates its database,
 * reports ready, and serves the catalogue API, OpenAPI, metrics and the one error policy.
 */
@ExtendWith({WithTestDatabase.class, ArquillianExtension.class})
class KesherIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KesherDeployment.builtWar().addClass(RolesProbe.class);
  }

  @ArquillianResource URL base;

  private KesherClient kesher() throws Exception {
    return new KesherClient(base.toURI());
  }

  @Test
  void aPageActionRefusesACallerWithoutOneOfItsRolesBeforeItStarts() throws Exception {
    // an administrators' action reached from a URL no web.xml rule protects (RolesProbe): its
    // @RolesAllowed refuses the anonymous caller with 403 before the action runs (which would
    // otherwise fail on the missing caller, 500)
    var refused = kesher().get("/roles-probe");
    assertEquals(403, refused.statusCode(), refused.body());
    assertFalse(refused.body().contains("carried out"));
  }

  @Test
  void isReadyWithItsDatabaseAndLive() throws Exception {
    var ready = kesher().get("/health/ready");
    assertEquals(200, ready.statusCode(), ready.body());
    JsonObject health = KesherClient.json(ready).asJsonObject();
    assertEquals("UP", health.getString("status"));
    assertEquals("database", health.getJsonArray("checks").getJsonObject(0).getString("name"));
    assertEquals(200, kesher().get("/health/live").statusCode());
  }

  @Test
  void servesItsOpenApiDescriptionAndMetrics() throws Exception {
    var openapi = kesher().get("/openapi");
    assertEquals(200, openapi.statusCode());
    assertTrue(openapi.body().contains("/api/v1/request-types"), openapi.body());
    assertTrue(openapi.body().contains("Kesher API"));
    var metrics = kesher().get("/metrics");
    assertEquals(200, metrics.statusCode(), metrics.body());
  }

  @Test
  void listsTheSeededRequestTypesWithTheirFieldsInArabic() throws Exception {
    var response = kesher().get("api/v1/request-types?lang=ar");
    assertEquals(200, response.statusCode(), response.body());
    JsonArray types = KesherClient.json(response).asJsonArray();
    assertEquals(10, types.size());
    JsonObject mediation =
        types.stream()
            .map(t -> t.asJsonObject())
            .filter(t -> t.getString("code").equals("MEDIATION"))
            .findFirst()
            .orElseThrow();
    assertEquals("RESTRICTED", mediation.getString("confidentiality"));
    JsonObject otherParty =
        mediation.getJsonArray("fields").stream()
            .map(f -> f.asJsonObject())
            .filter(f -> f.getString("code").equals("other_party_name"))
            .findFirst()
            .orElseThrow();
    assertTrue(otherParty.getBoolean("required"));
    assertTrue(otherParty.getString("label").matches(".*\\p{InArabic}.*"), otherParty.toString());
  }

  @Test
  void listsUnitsAndLocalitiesInTheCallersLanguage() throws Exception {
    var units = kesher().get("api/v1/units", "Accept-Language", "en-US,en;q=0.9");
    assertEquals(200, units.statusCode());
    JsonObject haifa =
        KesherClient.json(units).asJsonArray().stream()
            .map(u -> u.asJsonObject())
            .filter(u -> u.getString("code").equals("SELF_HELP_HAIFA"))
            .findFirst()
            .orElseThrow();
    assertEquals("04-8552045", haifa.getString("phones"));
    assertFalse(haifa.getString("name").matches(".*\\p{InHebrew}.*"), haifa.getString("name"));

    var localities = kesher().get("api/v1/localities?lang=he");
    assertEquals(200, localities.statusCode());
    assertTrue(localities.body().contains("אבן שמואל"), localities.body());
  }

  @Test
  void answersProblemDetailsInTheCallersLanguage() throws Exception {
    var missing = kesher().get("api/v1/no-such-thing", "Accept-Language", "en");
    assertEquals(404, missing.statusCode());
    assertEquals(
        "application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
    JsonObject problem = KesherClient.json(missing).asJsonObject();
    assertEquals(404, problem.getInt("status"));
    assertEquals("Not found", problem.getString("title"));

    var badLanguage = kesher().get("api/v1/request-types?lang=xx", "Accept-Language", "ar");
    assertEquals(400, badLanguage.statusCode());
    assertEquals("طلب غير صالح", KesherClient.json(badLanguage).asJsonObject().getString("title"));
    assertFalse(badLanguage.body().contains("Exception"), badLanguage.body());
  }

  @Test
  void showsTheErrorPageInTheVisitorsLanguage() throws Exception {
    var page = kesher().get("no-such-page.xhtml", "Accept-Language", "ar");
    assertEquals(404, page.statusCode());
    assertTrue(page.body().contains("lang=\"ar\""), page.body());
    assertTrue(page.body().contains("dir=\"rtl\""));
    assertTrue(page.body().contains("الصفحة غير موجودة"));
    assertFalse(page.body().contains("Exception"));

    var home = kesher().get(URI.create(base.toString()).getPath(), "Accept-Language", "en");
    assertEquals(200, home.statusCode());
    assertTrue(home.body().contains("dir=\"ltr\""), home.body());
  }

  private static String column(String sql, Object... parameters) throws Exception {
    String value = TestDatabase.column(sql, parameters);
    assertTrue(value != null, sql);
    return value;
  }

  @Test
  void staffLogInWithANewSessionIdAndAnOlderHashIsUpgraded() throws Exception {
    StaffBrowserSession.createStaff(910_001, "login.test", "Correct-Horse-7", 1000, "CASEWORKER");
    var session = new StaffBrowserSession(base.toURI());
    var outside = session.get("staff/index.xhtml");
    assertEquals(302, outside.statusCode(), "a staff page sends to the login page");
    assertTrue(outside.headers().firstValue("Location").orElse("").contains("/staff/login.xhtml"));
    var login = session.get("staff/login.xhtml");

    String cookie = login.headers().firstValue("Set-Cookie").orElse("");
    assertTrue(
        cookie.contains("HttpOnly") && cookie.toLowerCase().contains("samesite=lax"), cookie);
    String before = session.sessionId();
    var loggedIn = session.logIn("login.test", "Correct-Horse-7");
    assertEquals(302, loggedIn.statusCode(), loggedIn.body());
    assertFalse(session.sessionId().isEmpty());
    assertFalse(before.equals(session.sessionId()), "the session id changes at login");
    var workspace = session.get("staff/index.xhtml");
    assertEquals(200, workspace.statusCode());
    assertTrue(workspace.body().contains("Test login.test"), workspace.body());
    for (String queue : new String[] {"UNASSIGNED", "MINE", "OPEN", "WAITING", "OVERDUE"}) {
      assertTrue(
          workspace.body().contains("id=\"queue-" + queue + "\""), "the " + queue + " badge");
    }
    assertTrue(workspace.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    assertTrue(
        column("SELECT password_hash FROM staff_account WHERE id = 910001")
            .startsWith("PBKDF2WithHmacSHA256:600000:"),
        "the 1,000-iteration hash is replaced at login");

    var loggedOut =
        session.submit(
            "staff/index.xhtml", java.util.Map.of("session", "session", "session:logout", ""));
    assertEquals(302, loggedOut.statusCode(), loggedOut.body());
    assertEquals(302, session.get("staff/index.xhtml").statusCode(), "logout ends the session");
  }

  @Test
  void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
    StaffBrowserSession.createStaff(
        910_002, "lock.test", "Right-Password-9", 600_000, "CASEWORKER");
    var session = new StaffBrowserSession(base.toURI());
    for (int i = 0; i < 5; i++) {
      var wrong = session.logIn("lock.test", "wrong-" + i);
      assertEquals(401, wrong.statusCode(), "attempt " + (i + 1));
      assertTrue(wrong.body().contains("ui-messages-error"), "the refusal is shown");
    }
    var locked = session.logIn("lock.test", "Right-Password-9");
    assertEquals(401, locked.statusCode(), "locked for 15 minutes");
    assertTrue(
        column("SELECT locked_until FROM staff_account WHERE id = 910002") != null,
        "the lock is recorded");
    var unknown = session.logIn("nobody.here", "whatever");
    assertEquals(401, unknown.statusCode());
  }

  @Test
  void aCaseworkerTakesNotesAndAnswersTheResidentSeesOnlyTheAnswer() throws Exception {
    StaffBrowserSession.createStaff(910_003, "worker.a", "Worker-A-Pass-1", 600_000, "CASEWORKER");
    StaffBrowserSession.createStaff(910_004, "worker.b", "Worker-B-Pass-1", 600_000, "CASEWORKER");
    StaffBrowserSession.createStaff(910_005, "mediator", "Mediator-Pass-1", 600_000, "CASEWORKER");
    StaffBrowserSession.joinUnit(910_003, "RIGHTS_CENTER", "MEMBER");
    StaffBrowserSession.joinUnit(910_004, "RIGHTS_CENTER", "MEMBER");
    StaffBrowserSession.joinUnit(910_005, "MEDIATION", "MEMBER");
    var created =
        kesher()
            .post(
                "api/v1/requests",
                aRequest("RIGHTS_INFO")
                    .from("Tova Peretz", "054-3333333")
                    .answer("topic", "DISABILITY")
                    .answer("description", "Which allowance applies?")
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    var receipt = KesherClient.json(created).asJsonObject();
    String reference = receipt.getString("reference");
    String casePath = "staff/case.xhtml?ref=" + reference;

    byte[] scan = org.kesher.testing.SampleFiles.pdf();
    var withFile =
        kesher()
            .postMultipart(
                "api/v1/requests/" + reference + "/replies",
                java.util.List.of(
                    KesherClient.Part.text("message", "text/plain", "Here is the letter."),
                    KesherClient.Part.file("attachments", "letter.pdf", scan)),
                "X-Tracking-Code",
                receipt.getString("trackingCode"));
    assertEquals(200, withFile.statusCode(), withFile.body());

    var a = new StaffBrowserSession(base.toURI());
    assertEquals(302, a.logIn("worker.a", "Worker-A-Pass-1").statusCode());
    var page = a.get(casePath);
    var link =
        java.util.regex.Pattern.compile("href=\"(/[^\"]*staff/files/" + reference + "/[0-9]+)\"")
            .matcher(page.body());
    assertTrue(link.find(), "the case page links its file");
    String filePath = link.group(1).substring(link.group(1).indexOf("staff/files/"));
    var downloaded = a.getBytes(filePath);
    assertEquals(200, downloaded.statusCode());
    assertTrue(java.util.Arrays.equals(scan, downloaded.body()), "the file comes back as sent");
    assertTrue(
        downloaded.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    var printed = a.getBytes("staff/print/" + reference);
    assertEquals(200, printed.statusCode(), "the case prints to PDF");
    var reader = new com.lowagie.text.pdf.PdfReader(printed.body());
    String printedText =
        new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
    assertTrue(printedText.contains(reference), "the print names the case: " + printedText);
    assertEquals(404, a.getBytes("staff/print/KS-2026-999999").statusCode(), "no such case");
    // the queue as the member sees it, to CSV (UTF-8 with a byte-order mark) and to XLSX
    var csv =
        a.submit(
            "staff/index.xhtml?queue=ALL",
            java.util.Map.of("queue", "queue", "queue:export-csv", ""));
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith("\uFEFF"), "a byte-order mark for Excel");
    assertTrue(csv.body().contains(reference), "the member's queue holds the case");
    var xlsx =
        a.submitForBytes(
            "staff/index.xhtml?queue=ALL",
            java.util.Map.of("queue", "queue", "queue:export-xlsx", ""));
    assertEquals(200, xlsx.statusCode());
    try (var book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.body()))) {
      var sheet = book.getSheetAt(0);
      boolean found = false;
      for (var row : sheet) {
        found |= row.getCell(0) != null && reference.equals(row.getCell(0).getStringCellValue());
      }
      assertTrue(found, "the spreadsheet holds the case");
    }
    assertEquals(
        "xlsx, ",
        column(
                "SELECT detail FROM access_entry WHERE action = 'LIST_EXPORTED'"
                    + " AND object_ref = 'queue ALL' ORDER BY id DESC LIMIT 1")
            .replaceAll("[0-9]+ rows", ""),
        "each export is in the access log with its row count");
    assertTrue(
        column(
                "SELECT COUNT(*) FROM access_entry WHERE action = 'CASE_PRINTED'"
                    + " AND object_ref = ?",
                reference)
            .equals("1"),
        "the print is in the access log");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("Tova Peretz"), "the member sees the requester");
    assertTrue(
        page.body()
            .contains(
                "ניתוב לפי כלל: "
                    + column(
                        "SELECT x.content FROM request_type t JOIN request_type_text x ON"
                            + " x.owner_id = t.id AND x.field = 'name' AND x.lang = 'he'"
                            + " WHERE t.code = 'RIGHTS_INFO'")
                    + "<"),
        "the rule that routed it is on the timeline, in the caseworker's language");
    a.submit(casePath, java.util.Map.of("case", "case", "case:claim", ""));

    // linking a related case: each lists the other, once
    var second =
        kesher()
            .post(
                "api/v1/requests",
                aRequest("RIGHTS_INFO")
                    .from("Tova Peretz", "054-3333334")
                    .answer("topic", "HOUSING")
                    .answer("description", "And the rent grant?")
                    .json());
    assertEquals(201, second.statusCode(), second.body());
    String secondReference = KesherClient.json(second).asJsonObject().getString("reference");
    var linked =
        a.submit(
            casePath,
            java.util.Map.of(
                "case", "case", "case:link-with", secondReference.toLowerCase(), "case:link", ""));
    int list = linked.body().indexOf("id=\"linked\"");
    assertTrue(
        list > 0 && linked.body().indexOf("<bdi>" + secondReference, list) > list, linked.body());
    String otherPage = a.get("staff/case.xhtml?ref=" + secondReference).body();
    int linkedList = otherPage.indexOf("id=\"linked\"");
    assertTrue(
        linkedList > 0 && otherPage.indexOf("<bdi>" + reference, linkedList) > linkedList,
        "the other case lists this one among its linked cases");
    var again =
        a.submit(
            casePath,
            java.util.Map.of("case", "case", "case:link-with", secondReference, "case:link", ""));
    assertTrue(again.body().contains("ui-messages-error"), "a second link is refused");
    assertEquals(
        "2",
        column(
            "SELECT COUNT(*) FROM case_link l JOIN case_file c ON c.id = l.case_id WHERE"
                + " c.reference IN (?, ?)",
            reference,
            secondReference));

    var canned =
        a.submit(
            casePath,
            java.util.Map.of("case", "case", "case:canned_input", "1", "case:use-canned", ""));
    assertTrue(
        canned.body().contains("קיבלנו את פנייתך והיא בטיפול"),
        "a canned reply in the caseworker's language starts the answer");
    a.submit(
        casePath,
        java.util.Map.of(
            "case", "case", "case:text", "NOTE-MARKER for colleagues", "case:note", ""));
    var replied =
        a.submit(
            casePath,
            java.util.Map.of(
                "case",
                "case",
                "case:text",
                "Your allowance is the general one.",
                "case:reply",
                ""));
    assertTrue(replied.body().contains("NOTE-MARKER"), "the note is on the staff timeline");
    assertTrue(replied.body().contains("Your allowance is the general one."), replied.body());

    var tracked =
        kesher()
            .get(
                "api/v1/requests/" + reference,
                "X-Tracking-Code",
                receipt.getString("trackingCode"));
    assertTrue(tracked.body().contains("Your allowance is the general one."), tracked.body());
    assertFalse(tracked.body().contains("NOTE-MARKER"), "the internal note stays inside");
    assertFalse(tracked.body().contains("worker.a"), "no staff names for the resident");

    // two people on the same case: the slower one is told, nothing is overwritten
    var b = new StaffBrowserSession(base.toURI());
    assertEquals(302, b.logIn("worker.b", "Worker-B-Pass-1").statusCode());
    var stale = b.get(casePath);
    a.submit(casePath, java.util.Map.of("case", "case", "case:text", "first", "case:note", ""));
    var refused =
        b.submit(
            casePath,
            stale,
            java.util.Map.of("case", "case", "case:text", "second", "case:note", ""));
    assertTrue(refused.body().contains("ui-messages-error"), refused.body());
    assertFalse(
        refused.body().contains("<bdi class=\"event-text\">second</bdi>"),
        "the second note was not saved");
    assertTrue(refused.body().contains(">second</textarea>"), "what was typed is kept");
    storedCase(reference).hasEvents("INTERNAL_NOTE", 2);

    var mediator = new StaffBrowserSession(base.toURI());
    assertEquals(302, mediator.logIn("mediator", "Mediator-Pass-1").statusCode());
    assertEquals(404, mediator.get(casePath).statusCode(), "another unit's member finds nothing");
    assertEquals(404, mediator.getBytes(filePath).statusCode(), "nor its files");

    // a referral: the receiving unit gets a new case with the summary only, no contact
    var referred =
        a.submit(
            casePath,
            java.util.Map.of(
                "case", "case",
                "case:refer-to_input", "MEDIATION",
                "case:summary", "REFERRAL-SUMMARY: a dispute with the neighbour upstairs",
                "case:refer", ""));
    assertTrue(referred.body().contains("ui-messages-info"), referred.body());
    String newReference =
        column(
            "SELECT o.reference FROM case_event e JOIN case_file c ON c.id = e.case_id"
                + " JOIN case_file o ON o.id = e.other_case_id WHERE e.kind = 'REFERRED'"
                + " AND c.reference = ?",
            reference);
    assertFalse(
        referred.body().contains(newReference),
        "the referring caseworker may not see the new case, so its reference is not shown");
    var there = mediator.get("staff/case.xhtml?ref=" + newReference);
    assertEquals(200, there.statusCode(), "the receiving unit sees the new case");
    assertTrue(there.body().contains("REFERRAL-SUMMARY"), there.body());
    storedCase(newReference)
        .because("the receiving unit's policy assigns the referred case, as at intake")
        .isAssignedTo(910005);
    assertFalse(there.body().contains("Tova Peretz"), "no name without the resident's consent");
    assertFalse(there.body().contains("054-3333333"), "no phone without consent");
    assertFalse(there.body().contains("Which allowance applies?"), "not the whole file");
    var afterReferral =
        kesher()
            .get(
                "api/v1/requests/" + reference,
                "X-Tracking-Code",
                receipt.getString("trackingCode"));
    assertTrue(afterReferral.body().contains("\"status\":\"REFERRED\""), afterReferral.body());
    assertEquals(404, a.get("staff/case.xhtml?ref=KS-2026-999999").statusCode());
    for (String impossible : java.util.List.of("KS-1999-000001", "KS-2026-000000")) {
      var impossiblePage = a.get("staff/case.xhtml?ref=" + impossible);
      assertEquals(404, impossiblePage.statusCode(), impossible + " reads as unknown");
    }
  }

  /** JSON, redirects, public and staff pages: each answer carries the security headers. */
  @Test
  void everyAnswerCarriesTheSecurityHeaders() throws Exception {
    StaffBrowserSession.createStaff(910_040, "headers.worker", "Headers-1", 600_000, "CASEWORKER");
    var staff = new StaffBrowserSession(base.toURI());
    var answers = new java.util.LinkedHashMap<String, java.net.http.HttpResponse<String>>();
    answers.put("JSON", staff.get("api/v1/units"));
    answers.put("problem JSON", staff.get("api/v1/requests/KS-2026-999997"));
    answers.put("public page", staff.get("track.xhtml"));
    answers.put("redirect from /staff/", staff.get("staff/"));
    answers.put("login page", staff.get("staff/login.xhtml"));
    answers.put("redirect after login", staff.logIn("headers.worker", "Headers-1"));
    answers.put("queue page", staff.get("staff/index.xhtml"));
    List<String> wrong = new ArrayList<>();
    answers.forEach(
        (what, answer) -> {
          var headers = answer.headers();
          if (!headers.firstValue("X-Content-Type-Options").orElse("").equals("nosniff")) {
            wrong.add(what + " (" + answer.statusCode() + ") lacks nosniff");
          }
          List<String> policies = headers.allValues("Content-Security-Policy");
          String policy = String.join(" | ", policies);
          boolean staffAnswer = answer.uri().getPath().contains("/staff/");
          List<String> needed =
              staffAnswer
                  ? List.of(
                      "default-src 'self'",
                      "object-src 'none'",
                      "base-uri 'self'",
                      "form-action 'self'",
                      "frame-ancestors 'none'",
                      "script-src 'self'")
                  : List.of("default-src 'none'", "frame-ancestors 'none'", "script-src 'self'");
          if (policies.size() != 1 || !needed.stream().allMatch(policy::contains)) {
            wrong.add(what + " (" + answer.statusCode() + ") has the policy " + policy);
          }
        });
    assertEquals(List.of(), wrong);
    assertEquals(302, answers.get("redirect from /staff/").statusCode());
    assertEquals(302, answers.get("redirect after login").statusCode());
    assertTrue(
        answers
            .get("queue page")
            .headers()
            .firstValue("Content-Security-Policy")
            .get()
            .contains("'nonce-"),
        "PrimeFaces' nonce is in the staff pages' policy");
  }

  /**
   * A forged view state, a stateless one on an administrators' address, or a postback without
   * PrimeFaces' nonce: Kesher's error page with 400 or 403, and no action carried out.
   */
  @Test
  void forgedOrIncompletePostbacksChangeNothing() throws Exception {
    StaffBrowserSession.createStaff(
        910_041, "forge.admin", "Forge-Admin-1", 600_000, "ADMINISTRATOR");
    var admin = new StaffBrowserSession(base.toURI());
    assertEquals(302, admin.logIn("forge.admin", "Forge-Admin-1").statusCode());
    var page = admin.follow("staff/index.xhtml", "staff/admin/staff.xhtml");
    assertEquals(200, page.statusCode());
    String path = page.uri().getPath().substring(1) + "?" + page.uri().getRawQuery();
    java.util.function.Function<String, String> enrol =
        username ->
            "admin=admin&admin%3Ausername="
                + username
                + "&admin%3Adisplay-name=Forged&admin%3Alanguage_input=en"
                + "&admin%3Arole_input=CASEWORKER&admin%3Aunit_input=SENIORS"
                + "&admin%3Amember-role_input=MEMBER&admin%3Aenrol=";
    var viewState =
        java.util.regex.Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"")
            .matcher(page.body());
    assertTrue(viewState.find(), page.body());
    var nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
    assertTrue(nonce.find(), "the page carries PrimeFaces' nonce");
    String form = "application/x-www-form-urlencoded";

    var answers = new java.util.LinkedHashMap<String, java.net.http.HttpResponse<String>>();
    answers.put(
        "a forged view state",
        admin.postForm(
            path,
            enrol.apply("forged.one")
                + "&jakarta.faces.ViewState=-123%3A456&primefaces.nonce="
                + nonce.group(1),
            "Content-Type",
            form));
    answers.put(
        "a stateless view state on a GET",
        admin.get("staff/admin/staff.xhtml?jakarta.faces.ViewState=stateless"));
    answers.put(
        "a stateless view state on a postback",
        admin.postForm(
            path,
            enrol.apply("forged.two") + "&jakarta.faces.ViewState=stateless",
            "Content-Type",
            form));
    answers.put(
        "a postback without the nonce",
        admin.postForm(
            path,
            enrol.apply("forged.three")
                + "&jakarta.faces.ViewState="
                + java.net.URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8),
            "Content-Type",
            form));
    List<String> wrong = new ArrayList<>();
    answers.forEach(
        (what, answer) -> {
          if (answer.statusCode() != 400 && answer.statusCode() != 403) {
            wrong.add(what + " answers " + answer.statusCode());
          }
          if (!answer.body().contains("kesher.css")) {
            wrong.add(what + " is not Kesher's error page: " + answer.body());
          }
        });
    assertEquals(List.of(), wrong);
    assertEquals(
        "0",
        column("SELECT COUNT(*) FROM staff_account WHERE username LIKE 'forged.%'"),
        "no forged postback enrolled anyone");
  }

  @Test
  void anAdministratorEnrolsStaffWithAPasswordShownOnceAndSwitchesThemOff() throws Exception {
    StaffBrowserSession.createStaff(
        910_010, "admin.test", "Admin-Pass-1", 600_000, "ADMINISTRATOR");
    StaffBrowserSession.createStaff(910_011, "plain.worker", "Plain-Pass-1", 600_000, "CASEWORKER");
    var worker = new StaffBrowserSession(base.toURI());
    assertEquals(302, worker.logIn("plain.worker", "Plain-Pass-1").statusCode());
    assertEquals(403, worker.get("staff/admin/staff.xhtml").statusCode(), "administrators only");

    var admin = new StaffBrowserSession(base.toURI());
    assertEquals(302, admin.logIn("admin.test", "Admin-Pass-1").statusCode());
    // a protected view: opened only by Kesher's own link, which carries the session's token
    assertEquals(403, admin.get("staff/admin/staff.xhtml").statusCode(), "no token, no page");
    var enrolment = admin.follow("staff/index.xhtml", "staff/admin/staff.xhtml");
    assertEquals(200, enrolment.statusCode());
    assertTrue(
        enrolment.uri().getQuery().contains("jakarta.faces.Token="), enrolment.uri().toString());
    var enrolled =
        admin.submit(
            "staff/admin/staff.xhtml",
            enrolment,
            java.util.Map.of(
                "admin", "admin",
                "admin:username", "new.worker",
                "admin:display-name", "New Worker",
                "admin:language_input", "en",
                "admin:role_input", "CASEWORKER",
                "admin:unit_input", "SENIORS",
                "admin:member-role_input", "MEMBER",
                "admin:enrol", ""));
    var password =
        java.util.regex.Pattern.compile("id=\"generated-password\"><bdi>([^<]+)</bdi>")
            .matcher(enrolled.body());
    assertTrue(password.find(), enrolled.body());
    assertFalse(
        column("SELECT password_hash FROM staff_account WHERE username = 'new.worker'")
            .contains(password.group(1)),
        "only a hash is kept");
    var newcomer = new StaffBrowserSession(base.toURI());
    assertEquals(302, newcomer.logIn("new.worker", password.group(1)).statusCode());
    // a password set by someone else: the newcomer chooses their own before anything else opens
    var first = newcomer.get("staff/index.xhtml");
    assertEquals(302, first.statusCode());
    assertTrue(first.headers().firstValue("Location").orElse("").endsWith("/staff/password.xhtml"));
    var chosen =
        newcomer.submit(
            "staff/password.xhtml",
            java.util.Map.of(
                "password", "password",
                "password:current", password.group(1),
                "password:fresh", "New-Worker-Own-Choice",
                "password:again", "New-Worker-Own-Choice",
                "password:change", ""));
    assertEquals(302, chosen.statusCode(), chosen.body());
    assertTrue(newcomer.get("staff/index.xhtml").body().contains("lang=\"en\""));

    long cases = Long.parseLong(column("SELECT COUNT(*) FROM case_file"));
    var forged =
        newcomer.postForm(
            "staff/new.xhtml",
            "type=GENERAL&channel=PHONE&name=X&phone=050-1111111&consent=true"
                + "&answers.subject=s&answers.description=d",
            "Sec-Fetch-Site",
            "cross-site");
    assertEquals(403, forged.statusCode(), "a staff form posted from another site is refused");
    String entry = newcomer.follow("staff/index.xhtml", "staff/new.xhtml?type=GENERAL").body();
    var action =
        java.util.regex.Pattern.compile("action=\"[^\"]*/(staff/new\\.xhtml\\?[^\"]+)\"")
            .matcher(entry);
    assertTrue(action.find(), entry);
    var withToken =
        newcomer.postForm(
            action.group(1).replace("&amp;", "&"),
            "type=GENERAL&channel=PHONE&name=X&phone=050-1111111&consent=true"
                + "&answers.subject=s&answers.description=d",
            "Sec-Fetch-Site",
            "cross-site");
    assertEquals(403, withToken.statusCode(), "not even with the token, from another site");
    var withoutToken =
        newcomer.postForm(
            "staff/new.xhtml",
            "type=GENERAL&channel=PHONE&name=X&phone=050-1111111&consent=true"
                + "&answers.subject=s&answers.description=d");
    assertEquals(403, withoutToken.statusCode(), "a protected view: no token, nothing done");
    assertTrue(withoutToken.body().contains("lang="), "Kesher's own refusal page");
    assertFalse(withoutToken.body().contains("Exception"), withoutToken.body());
    assertEquals(cases, Long.parseLong(column("SELECT COUNT(*) FROM case_file")));

    var list = admin.follow("staff/index.xhtml", "staff/admin/staff.xhtml");
    var row =
        java.util.regex.Pattern.compile(
                "data-ri=\"(\\d+)\"[^>]*>(?:(?!</tr>).)*new\\.worker",
                java.util.regex.Pattern.DOTALL)
            .matcher(list.body());
    assertTrue(row.find(), "the new account is listed");
    admin.submit(
        "staff/admin/staff.xhtml",
        list,
        java.util.Map.of("admin", "admin", "admin:staff:" + row.group(1) + ":toggle", ""));
    assertEquals(
        "0",
        column("SELECT COUNT(*) FROM staff_account WHERE username = 'new.worker' AND enabled"));
    assertEquals(
        401,
        new StaffBrowserSession(base.toURI())
            .logIn("new.worker", "New-Worker-Own-Choice")
            .statusCode(),
        "a switched-off account cannot log in");
  }
}
