package org.kesher.app.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.RequestDraft.aRequest;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kesher.testing.Browser;
import org.kesher.testing.ClassBrowser;
import org.kesher.testing.KesherClient;
import org.kesher.testing.SharedKesher;
import org.kesher.testing.StaffBrowserSession;
import org.kesher.testing.StaffScreens;
import org.kesher.testing.TestDatabase;

/**
 * Every staff page and state, for a caseworker, a unit's head and an administrator, in Hebrew,
 * Arabic and English: axe finds nothing, every word is in the staff member's language, no page
 * scrolls sideways at 1024 px or on a phone, and each page is kept as a screenshot under {@code
 * target/staff-screens/}.
 */
@ExtendWith(SharedKesher.class)
class StaffScreensIT {

  @RegisterExtension static final ClassBrowser chromium = new ClassBrowser();

  private static final String PASSWORD = "Screens-Pass-1";
  private static final List<String> LANGUAGES = List.of("he", "ar", "en");

  /**
   * The staff members' names, in Hebrew or Arabic script as most in an Israeli municipality's staff
   * would have. (A name is data: pages show it in bdi, which the language check leaves out; but a
   * name can also stand as a choice in a menu.)
   */
  private static final Map<String, String> NAMES =
      Map.of("he", "נועה ברק", "ar", "سلمى حداد", "en", "דנה לוי");

  /** The case every caseworker opens: routed, taken, noted, answered and replied to. */
  private static String worked;

  private final List<String> problems = new ArrayList<>();

  @BeforeAll
  static void staffAndCases() throws Exception {
    long id = 926_000;
    for (String language : LANGUAGES) {
      for (String role :
          List.of(
              "CASEWORKER",
              "HEAD",
              "ADMINISTRATOR",
              "DEPARTMENT_MANAGER",
              "INTAKE_COORDINATOR",
              "PRIVACY_OFFICER")) {
        id++;
        String username = "screens." + role.toLowerCase() + "." + language;
        StaffBrowserSession.createStaff(
            id, username, PASSWORD, 600_000, role.equals("HEAD") ? "CASEWORKER" : role, language);
        TestDatabase.execute(
            "UPDATE staff_account SET display_name = ? WHERE id = ?", NAMES.get(language), id);
        if (role.equals("CASEWORKER") || role.equals("HEAD")) {
          StaffBrowserSession.joinUnit(id, "SENIORS", role.equals("HEAD") ? "HEAD" : "MEMBER");
        }
      }
    }
    worked = open("ההורים שלי רוצים להצטרף לפרלמנט הזהב");
    String referred = open("בקשה שעוברת ליחידה אחרת");
    var head = new StaffBrowserSession(base().toURI());
    head.logIn("screens.head.he", PASSWORD);
    String page = "staff/case.xhtml?ref=" + worked;
    head.submit(page, Map.of("case", "case", "case:claim", ""));
    head.submit(page, Map.of("case", "case", "case:text", "הערה פנימית", "case:note", ""));
    head.submit(page, Map.of("case", "case", "case:text", "תשובה לפונה", "case:reply", ""));
    // a party invited by letter and a session set, so that the parties and mediation cards show
    Map<String, String> party = new java.util.HashMap<>();
    party.put("case", "case");
    party.put("case:party-role_input", "OTHER_PARTY");
    party.put("case:party-name", "נועה שכנה");
    party.put("case:party-phone", "052-3334444");
    party.put("case:party-language_input", "ar");
    party.put("case:party-invitation", "נשמח להזמין אותך לפגישה");
    party.put("case:party-by", "LETTER");
    party.put("case:invite-party", "");
    assertEquals(302, head.submit(page, party).statusCode(), "a party invited");
    Map<String, String> session = new java.util.HashMap<>();
    session.put("mediation", "mediation");
    session.put("mediation:session-choice_input", "");
    session.put("mediation:session-date", "2030-01-10");
    session.put("mediation:session-time", "17:30");
    session.put("mediation:session-minutes", "90");
    session.put("mediation:session-place", "המתנ\"ס, רחוב הרצל 5");
    session.put("mediation:session-mediators", "דנה כהן");
    session.put("mediation:save-session", "");
    assertEquals(302, head.submit(page, session).statusCode(), "a session set");
    head.submit(
        "staff/case.xhtml?ref=" + referred,
        Map.of(
            "case",
            "case",
            "case:refer-to_input",
            "RIGHTS_CENTER",
            "case:summary",
            "סיכום ההפניה",
            "case:refer",
            ""));
  }

  private static URL base() {
    return SharedKesher.url();
  }

  private static String open(String description) throws Exception {
    var created =
        new KesherClient(base().toURI())
            .post(
                "api/v1/requests",
                aRequest("SENIORS")
                    .language("he")
                    .from("רחל מזרחי", "050-7777777")
                    .answer("programme", "GOLDEN_PARLIAMENT")
                    .answer("description", description)
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    return KesherClient.json(created).asJsonObject().getString("reference");
  }

  private Browser logIn(String role, String language) throws Exception {
    Browser b = chromium.fresh(base());
    b.open("staff/login.xhtml?lang=" + language);
    look(b, language, "login");
    b.find("#username").sendKeys("screens." + role + "." + language);
    b.find("#password").sendKeys(PASSWORD);
    b.andWaitForNewPage(() -> b.find("#submit").click());
    assertEquals(language, b.find("html").getAttribute("lang"), b.url());
    return b;
  }

  /** Checks the page shown now, and keeps its screenshot. */
  private void look(Browser b, String language, String name) throws Exception {
    String page = name + " (" + language + ")";
    String violations = b.axeViolations(page);
    if (!violations.isEmpty()) {
      problems.add(violations);
    }
    StaffScreens.foreignWords(b, language).forEach(p -> problems.add(page + ": " + p));
    StaffScreens.sidewaysScrolling(b).forEach(p -> problems.add(page + ": " + p));
    StaffScreens.screenshot(b, language, name);
  }

  private void assertNoProblems() {
    assertEquals("", String.join("\n", problems));
  }

  @Test
  void aCaseworkersPagesInEachLanguage() throws Exception {
    for (String language : LANGUAGES) {
      Browser b = logIn("caseworker", language);
      look(b, language, "caseworker-queue");
      StaffScreens.phoneScreenshot(b, language, "caseworker-queue");
      b.open("staff/index.xhtml?queue=ALL");
      look(b, language, "caseworker-all-cases");
      b.open("staff/case.xhtml?ref=" + worked);
      assertTrue(b.findAll("#timeline li").size() >= 5, b.find("#timeline").getText());
      look(b, language, "caseworker-case");
      StaffScreens.phoneScreenshot(b, language, "caseworker-case");
      b.open("staff/index.xhtml");
      b.find("#new-request summary").click();
      b.andWaitForNewPage(() -> b.find("#new-request a[href*='type=SENIORS']").click());
      look(b, language, "caseworker-new-request");
      b.open("staff/password.xhtml");
      look(b, language, "caseworker-password");
      b.open("staff/factor.xhtml");
      look(b, language, "caseworker-second-factor");
    }
    assertNoProblems();
  }

  /** A housing coordinator's case with its building card, and the building's page. */
  @Test
  void aBuildingsPagesInEachLanguage() throws Exception {
    long id = 926_900;
    for (String language : LANGUAGES) {
      id++;
      String username = "screens.housing." + language;
      StaffBrowserSession.createStaff(id, username, PASSWORD, 600_000, "CASEWORKER", language);
      TestDatabase.execute(
          "UPDATE staff_account SET display_name = ? WHERE id = ?", NAMES.get(language), id);
      StaffBrowserSession.joinUnit(id, "HOUSING_CULTURE", "MEMBER");
      var created =
          new KesherClient(base().toURI())
              .post(
                  "api/v1/requests",
                  aRequest("HOUSE_COMMITTEE")
                      .in("HAIFA")
                      .language("he")
                      .from("רחל מזרחי", "050-7777777")
                      .answer("building_address", "רחוב הגפן " + id % 1000 + ", חיפה")
                      .answer("issue", "DEFAULTING_OWNER")
                      .answer("description", "בעל דירה שאינו משלם")
                      .json());
      assertEquals(201, created.statusCode(), created.body());
      String reference = KesherClient.json(created).asJsonObject().getString("reference");
      var session = new StaffBrowserSession(base().toURI());
      session.logIn(username, PASSWORD);
      String casePage = "staff/case.xhtml?ref=" + reference;
      var opened =
          session.submit(
              casePage,
              Map.of(
                  "case", "case",
                  "case:building-street", "רחוב הגפן",
                  "case:building-number", String.valueOf(id % 1000),
                  "case:open-building", ""));
      assertEquals(302, opened.statusCode(), opened.body());
      String building =
          TestDatabase.column(
              "SELECT b.building_id FROM building_case b JOIN case_file c ON c.id = b.case_id"
                  + " WHERE c.reference = ?",
              reference);
      String page = "staff/building.xhtml?id=" + building;
      Map<String, String> member = new java.util.HashMap<>();
      member.put("building", "building");
      member.put("building:member-name", "דינה לוי");
      member.put("building:member-phone", "050-1231234");
      member.put("building:member-role_input", "CHAIR");
      member.put("building:member-contact_input", "on");
      member.put("building:add-member", "");
      assertEquals(302, session.submit(page, member).statusCode(), "a committee member added");

      Browser b = logIn("housing", language);
      b.open(casePage);
      assertTrue(b.find("#building-link").isDisplayed(), "the case's building");
      look(b, language, "housing-case");
      b.andWaitForNewPage(() -> b.find("#building-link").click());
      assertTrue(b.find("#members").getText().contains("דינה לוי"), b.find("main").getText());
      b.find("#member-panel summary").click();
      look(b, language, "housing-building");
    }
    assertNoProblems();
  }

  @Test
  void aUnitHeadsQueueAndCaseInEachLanguage() throws Exception {
    for (String language : LANGUAGES) {
      Browser b = logIn("head", language);
      look(b, language, "head-queue");
      b.find("#queue\\:cases tbody tr[data-rk] .ui-chkbox-box").click();
      b.waiting(java.time.Duration.ofSeconds(5)).until(d -> b.find("#queue\\:take").isDisplayed());
      look(b, language, "head-queue-selected");
      b.open("staff/case.xhtml?ref=" + worked);
      b.find("#hold-panel summary").click();
      b.find("#invite-panel summary").click();
      look(b, language, "head-case");
      b.andWaitForNewPage(() -> b.find("#reports-link").click());
      assertTrue(b.find("#reports\\:t-open-cases").isDisplayed(), "the head's reports");
      look(b, language, "head-reports");
    }
    assertNoProblems();
  }

  @Test
  void theOtherRolesQueuesInEachLanguage() throws Exception {
    for (String language : LANGUAGES) {
      for (String role : List.of("department_manager", "intake_coordinator", "privacy_officer")) {
        Browser b = logIn(role, language);
        look(b, language, role + "-queue");
        b.open("staff/index.xhtml?queue=ALL");
        look(b, language, role + "-all-cases");
        if (role.equals("department_manager")) {
          b.open("staff/reports.xhtml");
          look(b, language, role + "-reports");
        }
      }
    }
    assertNoProblems();
  }

  @Test
  void theAdministratorsPagesInEachLanguage() throws Exception {
    for (String language : LANGUAGES) {
      Browser b = logIn("administrator", language);
      look(b, language, "admin-queue");
      b.open("staff/index.xhtml");
      b.andWaitForNewPage(() -> b.find("#admin-nav-staff").click());
      look(b, language, "admin-staff");
      b.andWaitForNewPage(() -> b.find("#admin\\:staff tbody tr a").click());
      look(b, language, "admin-account");
      for (String page :
          List.of(
              "units",
              "types",
              "rules",
              "replies",
              "mail",
              "outbox",
              "retention",
              "keys",
              "calendar")) {
        b.andWaitForNewPage(() -> b.find("#admin-nav-" + page).click());
        look(b, language, "admin-" + page);
      }
      b.andWaitForNewPage(() -> b.find("#admin-nav-units").click());
      b.andWaitForNewPage(() -> b.find("#units\\:save").click());
      assertTrue(b.find(".ui-messages-error").isDisplayed());
      look(b, language, "admin-units-refused");
      b.andWaitForNewPage(() -> b.find("#admin-nav-mail").click());
      b.andWaitForNewPage(() -> b.find("#mail\\:preview").click());
      look(b, language, "admin-mail-preview");
    }
    assertNoProblems();
  }

  @Test
  void keyboardShortcutsWorkOutsideFieldsOnly() throws Exception {
    String waiting = open("מחכה שמישהו ייקח אותה");
    TestDatabase.execute(
        "UPDATE case_file SET assignee_id = NULL, status = 'NEW' WHERE reference = ?", waiting);
    Browser b = logIn("caseworker", "en");
    b.open("staff/index.xhtml?queue=UNASSIGNED");
    b.keys("?");
    assertTrue(b.find("#shortcuts").isDisplayed(), "? opens the list of shortcuts");
    b.keys(org.openqa.selenium.Keys.ESCAPE);
    assertFalse(b.find("#shortcuts").isDisplayed(), "Escape closes it");
    b.keys("j");
    assertTrue(b.focusedMatches("#queue\\:cases tbody tr[data-rk] a"), "j: " + b.focused());

    b.open("staff/case.xhtml?ref=" + waiting);
    b.find("#case\\:text").sendKeys("typing t and n and j here changes nothing");
    assertTrue(b.findAll("#case\\:claim").size() == 1, "the case is still to be taken");
    assertEquals(
        null,
        TestDatabase.column("SELECT assignee_id FROM case_file WHERE reference = ?", waiting),
        "letters typed in the composer are text, not shortcuts");
    b.find("h1").click();
    b.andWaitForNewPage(() -> b.keys("t"));
    assertEquals(NAMES.get("en"), b.find("#case-assignee").getText(), "t takes the case");
    b.keys("n");
    assertTrue(b.focusedMatches("#case\\:text"), "n: " + b.focused());
  }

  @Test
  void aCasePrintsInItsLanguageWithoutTheNavigation() throws Exception {
    for (String language : List.of("he", "ar")) {
      Browser b = logIn("caseworker", language);
      b.open("staff/case.xhtml?ref=" + worked);
      b.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
      try {
        assertFalse(b.find(".topbar").isDisplayed(), "no top bar on paper");
        assertFalse(b.find("#menu").isDisplayed(), "no navigation on paper");
        assertFalse(b.find(".composer").isDisplayed(), "no composer on paper");
        assertTrue(b.find("#timeline").isDisplayed(), "the timeline is printed");
        assertEquals(language, b.find("html").getAttribute("lang"));
        assertEquals("rtl", b.find("html").getAttribute("dir"));
        var pdf = b.driver().executeCdpCommand("Page.printToPDF", Map.of("printBackground", true));
        byte[] paper = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
        java.nio.file.Path file = StaffScreens.SHOTS.resolve(language).resolve("case-print.pdf");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, paper);
        assertTrue(
            new String(paper, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"),
            "a PDF");
      } finally {
        b.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      }
    }
  }

  @Test
  void aCaseGivenToACaseworkerIsInTheirNoticesUntilRead() throws Exception {
    String given = open("פנייה שמועברת לעובדת");
    var head = new StaffBrowserSession(base().toURI());
    head.logIn("screens.head.he", PASSWORD);
    head.submit(
        "staff/case.xhtml?ref=" + given,
        Map.of("case", "case", "case:assign-to_input", "926001", "case:assign", ""));
    org.kesher.testing.CaseAssert.storedCase(given).isAssignedTo(926_001);

    Browser b = logIn("caseworker", "he");
    assertTrue(
        Integer.parseInt(b.find("#notices-unread").getText()) >= 1,
        "the top bar counts the notice: " + b.find("#notices-link").getText());
    b.andWaitForNewPage(() -> b.find("#notices-link").click());
    assertTrue(b.find("#notice-list").getText().contains(given), b.find("main").getText());
    look(b, "he", "caseworker-notices");
    b.andWaitForNewPage(() -> b.find("#notices\\:read-all").click());
    assertEquals("0", b.find("#notices-unread").getText(), "read once for all");
    assertTrue(b.find("#notice-list").getText().contains(given), "still listed, as read");
    assertNoProblems();
  }
}
