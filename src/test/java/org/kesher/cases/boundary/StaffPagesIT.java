package org.kesher.cases.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.CaseAssert.storedCase;
import static org.kesher.testing.RequestDraft.aRequest;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
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
import org.openqa.selenium.By;

/**
 * The staff workspace in Chromium: a caseworker logs in, finds a case in the unit's queue, takes
 * it, notes and answers, and the resident's tracking page shows the answer and not the note.
 * (Accessibility and language of every staff page: {@code app.boundary.StaffScreensIT}.)
 */
@ExtendWith(SharedKesher.class)
class StaffPagesIT {

  /** One Chromium for the whole class, started on first use. */
  @RegisterExtension static final ClassBrowser chromium = new ClassBrowser();

  private final URL base = SharedKesher.url();

  private Browser browser() throws Exception {
    return chromium.fresh(base);
  }

  private JsonObject openRequest(String description) throws Exception {
    var created =
        new KesherClient(base.toURI())
            .post(
                "api/v1/requests",
                aRequest("MEDIATION")
                    .from("Shira Katz", "053-4444444")
                    .answer("other_party_name", "Neighbour")
                    .answer("relationship", "SAME_BUILDING")
                    .answer("dispute_description", description)
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    return KesherClient.json(created).asJsonObject();
  }

  private static void logIn(Browser b, String username, String password) {
    b.open("staff/login.xhtml");
    b.find("#username").sendKeys(username);
    b.find("#password").sendKeys(password);
    b.andWaitForNewPage(() -> b.find("#submit").click());
  }

  @Test
  void aCaseworkerWorksACaseAndTheResidentSeesTheAnswerNotTheNote() throws Exception {
    StaffBrowserSession.createStaff(920_001, "mediator.he", "Mediator-He-1", 600_000, "CASEWORKER");
    StaffBrowserSession.joinUnit(920_001, "MEDIATION", "MEMBER");
    JsonObject receipt = openRequest("Noise at night in Hagefen street");
    String reference = receipt.getString("reference");

    Browser b = browser();
    logIn(b, "mediator.he", "Mediator-He-1");
    assertTrue(b.url().contains("/staff/index.xhtml"), b.url());
    assertTrue(b.find("#queue-OPEN .badge").getText().matches("[1-9][0-9]*"));

    // words of the request's text find it among all cases (the blind word index, written at intake)
    b.andWaitForNewPage(() -> b.find("#queue-ALL").click());
    assertEquals("page", b.find("#queue-ALL").getAttribute("aria-current"));
    b.find("#queue\\:search").sendKeys("HAGEFEN night");
    var allCases = b.find("#queue\\:cases tbody");
    b.find("#queue\\:filter").click();
    b.waiting(Duration.ofSeconds(10))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(allCases));
    b.waiting(Duration.ofSeconds(10))
        .until(
            d ->
                d.findElements(By.cssSelector("#queue\\:cases tbody tr")).size() == 1
                    && d.findElement(By.cssSelector("#queue\\:cases tbody"))
                        .getText()
                        .contains(reference));
    // the closed cases' view offers only the statuses a closed case can have
    b.andWaitForNewPage(() -> b.find("#queue-CLOSED").click());
    String statuses = b.find("#queue\\:status_input").getAttribute("innerHTML");
    assertTrue(statuses.contains("CLOSED") && !statuses.contains("IN_PROGRESS"), statuses);
    b.andWaitForNewPage(() -> b.find("#queue-OPEN").click());

    b.find("#queue\\:search").sendKeys(reference);
    var openCases = b.find("#queue\\:cases tbody");
    b.find("#queue\\:filter").click();
    b.waiting(Duration.ofSeconds(10))
        .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(openCases));
    b.waiting(Duration.ofSeconds(10))
        .until(d -> d.findElements(By.cssSelector("#queue\\:cases tbody tr")).size() == 1);
    b.andWaitForNewPage(() -> b.find("#queue\\:cases tbody tr a").click());
    assertEquals(reference, b.find("#case-reference").getText());

    b.andWaitForNewPage(() -> b.find("#case\\:claim").click());
    assertEquals("Test mediator.he", b.find("#case-assignee").getText());
    b.find("#case\\:text").sendKeys("STAFF-NOTE-MARKER only for us");
    b.andWaitForNewPage(() -> b.find("#case\\:note").click());
    b.find("#case\\:text").sendKeys("We will call both of you this week.");
    b.andWaitForNewPage(() -> b.find("#case\\:reply").click());
    String timeline = b.find("#timeline").getText();
    assertTrue(timeline.contains("STAFF-NOTE-MARKER"), timeline);
    assertTrue(timeline.contains("We will call both of you this week."), timeline);
    choose(b, "case\\:next-status", "IN_PROGRESS");
    b.andWaitForNewPage(() -> b.find("#case\\:change-status").click());
    assertEquals("בטיפול", b.find("#case-status").getText(), b.find("main").getText());
    storedCase(reference).hasStatus("IN_PROGRESS");

    b.clearCookies();
    b.open("track.xhtml?lang=en");
    b.find("#f-reference").sendKeys(reference);
    b.find("#f-code").sendKeys(receipt.getString("trackingCode"));
    b.andWaitForNewPage(() -> b.find("button[type=submit]").click());
    String tracked = b.find("main").getText();
    assertTrue(tracked.contains("We will call both of you this week."), tracked);
    assertFalse(tracked.contains("STAFF-NOTE-MARKER"), "the internal note stays inside");
    assertFalse(tracked.contains("mediator.he"), "no staff name for the resident");
  }

  /** Picks the option of value {@code value} in a PrimeFaces select menu, as a user clicks it. */
  private static void choose(Browser b, String menuId, String value) {
    new StaffJourney(b).choose(menuId, value);
  }

  private static String column(String sql, Object... parameters) throws Exception {
    String value = TestDatabase.column(sql, parameters);
    assertTrue(value != null, sql);
    return value;
  }

  /** The journey the embedded default walks in StartupIT, here on MariaDB, one account a role. */
  @Test
  void everyRoleWalksTheStaffJourneyOnMariaDb() throws Exception {
    String[][] cast = {
      {"920201", "journey.worker", "CASEWORKER", "MEDIATION", "MEMBER"},
      {"920202", "journey.head", "CASEWORKER", "PROTECTION_ALUMA", "HEAD"},
      {"920203", "journey.coord", "INTAKE_COORDINATOR", "COMMUNITY_WORK", "MEMBER"},
      {"920204", "journey.manager", "DEPARTMENT_MANAGER", null, null},
      {"920205", "journey.admin", "ADMINISTRATOR", null, null}
    };
    for (String[] member : cast) {
      StaffBrowserSession.createStaff(
          Long.parseLong(member[0]), member[1], "Journey-Pass-1", 600_000, member[2]);
      if (member[3] != null) {
        StaffBrowserSession.joinUnit(Long.parseLong(member[0]), member[3], member[4]);
      }
    }
    String reference = openRequest("Journey dispute over a fence").getString("reference");
    var journey = new StaffJourney(browser());
    for (String[] member : cast) {
      journey.logIn(member[1], "Journey-Pass-1").everyQueue().search("גדר");
    }
    journey.logIn("journey.worker", "Journey-Pass-1").openFromSearch(reference);
    journey.claimNoteAndAnswer("A note on MariaDB", "An answer on MariaDB").refer("On MariaDB");
    storedCase(reference).hasStatus("REFERRED");
    journey.logIn("journey.admin", "Journey-Pass-1").everyAdminPage().keepCases("GENERAL", 30);
  }

  @Test
  void fiveWrongPasswordsInTheBrowserLockTheAccount() throws Exception {
    StaffBrowserSession.createStaff(
        920_108, "lock.browser", "Lock-Browser-1", 600_000, "CASEWORKER");
    Browser b = browser();
    for (int i = 0; i < 5; i++) {
      logIn(b, "lock.browser", "not-the-password-" + i);
      assertTrue(b.url().contains("/staff/login.xhtml"), "attempt " + (i + 1) + ": " + b.url());
      assertFalse(b.findAll(".ui-messages-error").isEmpty(), "the refusal is shown");
    }
    logIn(b, "lock.browser", "Lock-Browser-1");
    assertTrue(b.url().contains("/staff/login.xhtml"), "the right password is refused too");
    assertFalse(b.findAll(".ui-messages-error").isEmpty());
    assertTrue(b.findAll("#queue\\:cases").isEmpty(), "no queue for a locked account");
    String lockedUntil = column("SELECT locked_until FROM staff_account WHERE id = 920108");
    assertTrue(lockedUntil != null, "the lock is recorded");
  }

  @Test
  void theSlowerOfTwoEditorsIsToldToReloadAndNothingIsOverwritten() throws Exception {
    StaffBrowserSession.createStaff(
        920_109, "first.editor", "First-Editor-1", 600_000, "CASEWORKER");
    StaffBrowserSession.createStaff(
        920_110, "second.editor", "Second-Editor-1", 600_000, "CASEWORKER");
    StaffBrowserSession.joinUnit(920_109, "MEDIATION", "MEMBER");
    StaffBrowserSession.joinUnit(920_110, "MEDIATION", "MEMBER");
    String reference = openRequest("Parking dispute").getString("reference");
    String casePath = "staff/case.xhtml?ref=" + reference;

    Browser b = browser();
    logIn(b, "second.editor", "Second-Editor-1");
    b.open(casePath);
    assertEquals(reference, b.find("#case-reference").getText());

    var other = new StaffBrowserSession(base.toURI());
    assertEquals(302, other.logIn("first.editor", "First-Editor-1").statusCode());
    other.submit(casePath, java.util.Map.of("case", "case", "case:claim", ""));
    storedCase(reference).isAssignedTo(920109);

    b.find("#case\\:text").sendKeys("SECOND-EDITOR-NOTE typed on an old page");
    b.andWaitForNewPage(() -> b.find("#case\\:note").click());
    String message = b.find("#case\\:messages").getText();
    assertTrue(
        message.contains(
            java.util.ResourceBundle.getBundle("i18n.staff", java.util.Locale.forLanguageTag("he"))
                .getString("case.changedElsewhere")),
        "the slower editor is told: " + message);
    assertTrue(
        b.find("#case\\:text").getAttribute("value").contains("SECOND-EDITOR-NOTE"),
        "what was typed is kept");
    storedCase(reference)
        .hasEvents("INTERNAL_NOTE", 0)
        .because("the first editor's change stands")
        .isAssignedTo(920109);

    b.open(casePath);
    assertFalse(b.find("#case-assignee").getText().isBlank());
    b.find("#case\\:text").sendKeys("SECOND-EDITOR-NOTE after reloading");
    b.andWaitForNewPage(() -> b.find("#case\\:note").click());
    assertTrue(b.find("#timeline").getText().contains("SECOND-EDITOR-NOTE after reloading"));
  }

  private String openMediation(String description, String locality) throws Exception {
    return new KesherClient(base.toURI())
        .opened(
            aRequest("MEDIATION")
                .in(locality)
                .from("Dana Levi", "053-5555555")
                .answer("other_party_name", "Neighbour")
                .answer("relationship", "SAME_BUILDING")
                .answer("dispute_description", description)
                .json())
        .getString("reference");
  }

  /** The references the queue lists, read in one go: an Ajax update may replace the rows. */
  @SuppressWarnings("unchecked")
  private static java.util.List<String> listedReferences(Browser b) {
    return (java.util.List<String>)
        ((org.openqa.selenium.JavascriptExecutor) b.driver())
            .executeScript(
                "return Array.from(document.querySelectorAll('[id=\"queue:cases\"] tbody"
                    + " tr[data-rk]')).map(r => r.getAttribute('data-rk'));");
  }

  private static void toggleColumn(Browser b, String column) {
    String id = b.find("#queue\\:columns input[value='" + column + "']").getAttribute("id");
    b.find("label[for='" + id + "']").click();
  }

  @Test
  void filtersAndColumnsStayAsTheCaseworkerLeftThemAndCasesAreGivenToAColleague() throws Exception {
    StaffBrowserSession.createStaff(920_111, "view.keeper", "View-Keeper-1", 600_000, "CASEWORKER");
    StaffBrowserSession.createStaff(
        920_112, "view.colleague", "View-Colleague-1", 600_000, "CASEWORKER");
    StaffBrowserSession.joinUnit(920_111, "MEDIATION", "MEMBER");
    StaffBrowserSession.joinUnit(920_112, "MEDIATION", "MEMBER");
    String inHaifa = openMediation("Stairwell noise", "HAIFA");
    String inNazareth = openMediation("Shared garden", "NAZARETH");

    Browser b = browser();
    logIn(b, "view.keeper", "View-Keeper-1");
    assertTrue(listedReferences(b).containsAll(java.util.List.of(inHaifa, inNazareth)));
    assertTrue(b.findAll("#queue\\:cases\\:col-locality").isEmpty(), "not shown at first");
    b.find("#more-filters summary").click();
    choose(b, "queue\\:locality", "HAIFA");
    b.find("#column-chooser summary").click();
    toggleColumn(b, "locality");
    toggleColumn(b, "level");
    b.find("#queue\\:filter").click();
    b.waiting(Duration.ofSeconds(10)).until(d -> !listedReferences(b).contains(inNazareth));
    assertTrue(listedReferences(b).contains(inHaifa), "the Haifa case stays");
    for (var cell : b.findAll("#queue\\:cases tbody td:nth-child(" + localityCell(b) + ")")) {
      assertEquals("חיפה", cell.getText());
    }

    b.clearCookies();
    logIn(b, "view.keeper", "View-Keeper-1");
    assertEquals(
        "HAIFA",
        b.find("#queue\\:locality_input option[selected]").getAttribute("value"),
        "the filter is as it was left");
    assertFalse(b.findAll("#queue\\:cases\\:col-locality").isEmpty(), "the chosen column");
    assertTrue(b.findAll("#queue\\:cases\\:col-level").isEmpty(), "the dropped column");
    assertEquals(java.util.List.of(inHaifa), listedReferences(b));

    b.find("#queue\\:cases tbody tr[data-rk='" + inHaifa + "'] .ui-chkbox-box").click();
    choose(b, "queue\\:bulk-assignee", "920112");
    b.andWaitForNewPage(() -> b.find("#queue\\:give").click());
    storedCase(inHaifa).because("the case is the colleague's").isAssignedTo(920112);

    b.find("#queue\\:clear").click();
    b.waiting(Duration.ofSeconds(10)).until(d -> listedReferences(b).contains(inNazareth));
    assertEquals(
        "0",
        column(
            "SELECT COUNT(*) FROM staff_queue_view WHERE staff_id = 920111 AND locality IS NOT"
                + " NULL"),
        "cleared filters are kept too");
  }

  /** The position (from 1) of the locality column among the table's header cells. */
  private static int localityCell(Browser b) {
    var headers = b.findAll("#queue\\:cases thead th");
    for (int i = 0; i < headers.size(); i++) {
      if ("queue:cases:col-locality".equals(headers.get(i).getAttribute("id"))) {
        return i + 1;
      }
    }
    throw new AssertionError("no locality column");
  }

  @Test
  void aStaffMemberEntersAPhoneRequestForAResidentThroughTheSameRules() throws Exception {
    StaffBrowserSession.createStaff(920_004, "desk", "Desk-Pass-1", 600_000, "INTAKE_COORDINATOR");
    Browser b = browser();
    logIn(b, "desk", "Desk-Pass-1");
    openEntry(b, "RIGHTS_INFO");
    b.andWaitForNewPage(() -> b.find("#send").click());
    assertTrue(b.find(".error-summary").isDisplayed(), "the same rules refuse an empty form");

    new org.openqa.selenium.support.ui.Select(b.find("#f-answers-topic")).selectByIndex(1);
    b.find("#f-answers-description").sendKeys("Called about the senior citizens' discount.");
    b.find("#f-name").sendKeys("Rachel Mizrahi");
    b.find("#f-phone").sendKeys("050-5555555");
    b.find("#f-consent").click();
    b.andWaitForNewPage(() -> b.find("#send").click());
    String reference = b.find("#reference").getText();
    assertTrue(reference.matches("KS-\\d{4}-\\d{6,}"), reference);
    assertFalse(b.find("#tracking-code").getText().isBlank(), "the code is shown to pass on");
    storedCase(reference)
        .cameBy("PHONE")
        .because("routed like the public form")
        .isInUnit("RIGHTS_CENTER");
    assertTrue(
        Integer.parseInt(
                column(
                    "SELECT COUNT(*) FROM case_word w JOIN case_file c ON c.id = w.case_id"
                        + " WHERE c.reference = ?",
                    reference))
            >= 5,
        "the description's words are indexed at staff entry");
  }

  @Test
  void aCaseworkerTakesSeveralCasesAtOnce() throws Exception {
    StaffBrowserSession.createStaff(920_005, "bulk.worker", "Bulk-Pass-1", 600_000, "CASEWORKER");
    StaffBrowserSession.joinUnit(920_005, "MEDIATION", "MEMBER");
    openRequest("Bulk one");
    openRequest("Bulk two");
    Browser b = browser();
    logIn(b, "bulk.worker", "Bulk-Pass-1");
    b.open("staff/index.xhtml?queue=OPEN");
    var references =
        b.findAll("#queue\\:cases tbody tr[data-rk]").stream()
            .map(row -> "'" + row.getAttribute("data-rk") + "'")
            .toList();
    int rows = references.size();
    assertTrue(rows >= 2, "open cases in the queue: " + rows);
    b.find("#queue\\:cases thead .ui-chkbox-box").click();
    b.waiting(Duration.ofSeconds(5))
        .until(
            d ->
                d.findElements(By.cssSelector("#queue\\:cases tbody tr[aria-selected=true]")).size()
                    == rows);
    b.andWaitForNewPage(() -> b.find("#queue\\:take").click());
    assertTrue(b.find(".ui-messages-info").isDisplayed(), b.find("main").getText());
    try (var c =
            org.kesher.testing.TestDatabase.dataSource(org.kesher.testing.TestDatabase.url())
                .getConnection();
        var s = c.createStatement();
        var row =
            s.executeQuery(
                "SELECT COUNT(*) FROM case_file WHERE assignee_id = 920005 AND reference IN ("
                    + String.join(",", references)
                    + ")")) {
      row.next();
      assertEquals(rows, row.getInt(1), "every selected case is now the caseworker's");
    }
  }

  // The catalogue's admin screens (units, request types, routing rules, canned replies).

  private static String single(String sql) throws Exception {
    return org.kesher.testing.TestDatabase.column(sql);
  }

  private static void type(Browser b, String css, String text) {
    var input = b.find(css);
    input.clear();
    input.sendKeys(text);
  }

  private static void select(Browser b, String css, String visibleText) {
    new org.openqa.selenium.support.ui.Select(b.find(css)).selectByVisibleText(visibleText);
  }

  private static void threeLanguages(
      Browser b, String form, String id, String he, String ar, String en) {
    type(b, "#" + form + "\\:" + id + "-he", he);
    type(b, "#" + form + "\\:" + id + "-ar", ar);
    type(b, "#" + form + "\\:" + id + "-en", en);
  }

  @Test
  void anAdministratorAddsAUnitATypeARuleAndACannedReplyThatThePublicFormAndRoutingUseAtOnce()
      throws Exception {
    StaffBrowserSession.createStaff(
        920_010, "catalogue.admin", "Catalogue-Admin-1", 600_000, "ADMINISTRATOR", "en");
    try {
      addsAndUsesTheTenantsCatalogue();
    } finally {
      // the other classes share this database and expect the seeded catalogue
      execute(
          "UPDATE routing_rule SET active = FALSE WHERE unit_id IN"
              + " (SELECT id FROM community_unit WHERE code = 'TENANTS_UNIT')");
      execute("UPDATE request_type SET active = FALSE WHERE code = 'TENANT_RIGHTS'");
      execute("UPDATE community_unit SET active = FALSE WHERE code = 'TENANTS_UNIT'");
    }
  }

  private static void execute(String sql) throws Exception {
    org.kesher.testing.TestDatabase.execute(sql);
  }

  private void addsAndUsesTheTenantsCatalogue() throws Exception {
    Browser b = browser();
    logIn(b, "catalogue.admin", "Catalogue-Admin-1");

    openAdmin(b, "units");
    type(b, "#units\\:code", "TENANTS_UNIT");
    select(b, "#units\\:kind", "Housing culture");
    threeLanguages(b, "units", "name", "יחידת דיירים", "وحدة المستأجرين", "Tenants Unit");
    threeLanguages(b, "units", "services", "ליווי דיירים", "مرافقة المستأجرين", "Tenant support");
    type(b, "#units\\:phones", "03-5555555");
    b.andWaitForNewPage(() -> b.find("#units\\:save").click());
    assertTrue(b.find(".ui-messages-info").isDisplayed(), b.find("main").getText());
    assertEquals(
        "Tenants Unit|HOUSING_CULTURE|03-5555555",
        single(
            "SELECT CONCAT(t.content, '|', kind, '|', phones) FROM community_unit u JOIN"
                + " community_unit_text t ON t.owner_id = u.id AND t.field = 'name' AND t.lang ="
                + " 'en' WHERE code = 'TENANTS_UNIT' AND active"));

    openAdmin(b, "types");
    type(b, "#types\\:code", "TENANT_RIGHTS");
    threeLanguages(b, "types", "name", "זכויות דיירים", "حقوق المستأجرين", "Tenant rights");
    threeLanguages(
        b,
        "types",
        "description",
        "שאלות על שכירות",
        "أسئلة عن الإيجار",
        "Questions about renting");
    type(b, "#types\\:fields\\:0\\:f-code", "landlord");
    select(b, "#types\\:fields\\:0\\:f-datatype", "Short text");
    threeLanguages(b, "types\\:fields\\:0", "f-label", "שם המשכיר", "اسم المؤجر", "Landlord");
    b.andWaitForNewPage(() -> b.find("#types\\:save").click());
    assertTrue(b.find(".ui-messages-info").isDisplayed(), b.find("main").getText());
    assertEquals(
        "STANDARD|landlord|TEXT",
        single(
            "SELECT CONCAT(t.confidentiality, '|', f.code, '|', f.datatype) FROM request_type t"
                + " JOIN request_field f ON f.request_type_id = t.id WHERE t.code = 'TENANT_RIGHTS'"));

    openAdmin(b, "rules");
    select(b, "#rules\\:type", "Tenant rights");
    select(b, "#rules\\:unit", "Tenants Unit");
    b.andWaitForNewPage(() -> b.find("#rules\\:save").click());
    assertTrue(b.find(".ui-messages-info").isDisplayed(), b.find("main").getText());
    select(b, "#rules\\:try-type", "Tenant rights");
    b.andWaitForNewPage(() -> b.find("#rules\\:try").click());
    assertTrue(b.find("#winner").getText().contains("Tenants Unit"), b.find("#winner").getText());

    openAdmin(b, "replies");
    select(b, "#replies\\:unit", "Tenants Unit");
    select(b, "#replies\\:language", "English");
    type(b, "#replies\\:title", "Landlord letter");
    type(b, "#replies\\:body", "We will write to your landlord this week.");
    b.andWaitForNewPage(() -> b.find("#replies\\:save").click());
    assertTrue(b.find(".ui-messages-info").isDisplayed(), b.find("main").getText());
    assertEquals(
        "en|Landlord letter",
        single(
            "SELECT CONCAT(r.language, '|', r.title) FROM canned_reply r JOIN community_unit u"
                + " ON u.id = r.unit_id WHERE u.code = 'TENANTS_UNIT'"));

    b.clearCookies();
    b.open("?lang=en");
    assertTrue(b.find("main").getText().contains("Tenant rights"), "the public list has it");
    b.open("request.xhtml?type=TENANT_RIGHTS&lang=en");
    assertTrue(b.find("main").getText().contains("Landlord"), "the public form has its field");
    var created =
        new KesherClient(base.toURI())
            .post(
                "api/v1/requests",
                aRequest("TENANT_RIGHTS")
                    .from("Dana Levi", "052-1234567")
                    .answer("landlord", "Mr Cohen")
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    String reference = KesherClient.json(created).asJsonObject().getString("reference");
    storedCase(reference).because("routed by the new rule").isInUnit("TENANTS_UNIT");
  }

  @Test
  void theAdminScreensCountSealedCasesNoOneMaySeePerUnitUntilAHeadIsAppointed() throws Exception {
    var created =
        new KesherClient(base.toURI())
            .post(
                "api/v1/requests",
                aRequest("PROTECTION_CONTACT")
                    .in("EIN_TZURIM")
                    .anonymous()
                    .answer("description", "STRANDED-MARKER")
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    String reference = KesherClient.json(created).asJsonObject().getString("reference");
    String stranded =
        single(
            "SELECT COUNT(*) FROM case_file c JOIN community_unit u ON u.id = c.unit_id"
                + " WHERE u.code = 'PROTECTION_EIN_TZURIM' AND c.confidentiality = 'SEALED'"
                + " AND c.assignee_id IS NULL");
    StaffBrowserSession.createStaff(
        929_001, "cover.admin", "Cover-Admin-1", 600_000, "ADMINISTRATOR", "en");
    Browser b = browser();
    logIn(b, "cover.admin", "Cover-Admin-1");
    openAdmin(b, "rules");
    String notice = b.find("#sealed-cover-stranded").getText();
    assertTrue(notice.contains("Ein Tzurim Protection Team: " + stranded), notice);
    assertFalse(b.find("#sealed-cover").getText().contains(reference), "no reference");
    assertFalse(b.find("#sealed-cover").getText().contains("STRANDED-MARKER"), "no content");

    StaffBrowserSession.createStaff(929_002, "ein.head", "Ein-Head-Pass-1", 600_000, "CASEWORKER");
    StaffBrowserSession.joinUnit(929_002, "PROTECTION_EIN_TZURIM", "HEAD");
    try {
      openAdmin(b, "units");
      String after =
          b.findAll("#sealed-cover-stranded").isEmpty()
              ? ""
              : b.find("#sealed-cover-stranded").getText();
      assertFalse(after.contains("Ein Tzurim"), after);
    } finally {
      execute("DELETE FROM unit_membership WHERE staff_id = 929002");
    }
  }

  @Test
  void badInputInTheAdminScreensShowsItsMessageByTheFieldAndStoresNothing() throws Exception {
    StaffBrowserSession.createStaff(
        920_011, "careful.admin", "Careful-Admin-1", 600_000, "ADMINISTRATOR", "en");
    Browser b = browser();
    logIn(b, "careful.admin", "Careful-Admin-1");

    openAdmin(b, "units");
    type(b, "#units\\:code", "BAD_UNIT");
    select(b, "#units\\:kind", "Senior citizens");
    type(b, "#units\\:name-he", "יחידה בלי תרגום");
    threeLanguages(b, "units", "services", "ש", "خ", "S");
    type(b, "#units\\:email", "not-an-address");
    b.andWaitForNewPage(() -> b.find("#units\\:save").click());
    assertTrue(b.find(".ui-messages-error").isDisplayed(), "nothing was saved, says the page");
    assertEquals("Fill this in.", b.find("#name-ar-error").getText());
    assertEquals("Fill this in.", b.find("#name-en-error").getText());
    assertTrue(b.find("#email-error").getText().startsWith("An email address"));
    assertEquals("BAD_UNIT", b.find("#units\\:code").getAttribute("value"), "the form is kept");
    assertEquals("יחידה בלי תרגום", b.find("#units\\:name-he").getAttribute("value"));
    assertEquals("0", single("SELECT COUNT(*) FROM community_unit WHERE code = 'BAD_UNIT'"));

    openAdmin(b, "types");
    type(b, "#types\\:code", "BAD_TYPE");
    threeLanguages(b, "types", "name", "ס", "ن", "T");
    threeLanguages(b, "types", "description", "ת", "و", "D");
    b.find("#types\\:anonymous").click();
    type(b, "#types\\:fields\\:0\\:f-code", "kind");
    select(b, "#types\\:fields\\:0\\:f-datatype", "One choice");
    threeLanguages(b, "types\\:fields\\:0", "f-label", "סוג", "نوع", "Kind");
    type(b, "#types\\:fields\\:0\\:f-options", "ONLY | אחד | واحد | One");
    b.andWaitForNewPage(() -> b.find("#types\\:save").click());
    assertTrue(b.find("#anonymous-error").getText().contains("sealed"));
    assertEquals(
        "A choice field needs at least two options.",
        b.find("#types\\:fields\\:0\\:f-options-error").getText());
    assertEquals("0", single("SELECT COUNT(*) FROM request_type WHERE code = 'BAD_TYPE'"));

    openAdmin(b, "rules");
    select(b, "#rules\\:type", "Neighbour dispute mediation");
    select(b, "#rules\\:unit", "Community Work Unit");
    String before = single("SELECT COUNT(*) FROM routing_rule");
    b.andWaitForNewPage(() -> b.find("#rules\\:save").click());
    assertTrue(b.find("#type-error").getText().contains("Another active rule"));
    assertEquals(before, single("SELECT COUNT(*) FROM routing_rule"));

    openAdmin(b, "replies");
    type(b, "#replies\\:title", "Empty");
    b.andWaitForNewPage(() -> b.find("#replies\\:save").click());
    assertEquals("Fill this in.", b.find("#body-error").getText());
    assertEquals("0", single("SELECT COUNT(*) FROM canned_reply WHERE title = 'Empty'"));
  }

  @Test
  void switchingAnAccountOffActsOnItsOwnRowEvenWhenAnAccountWasAddedMeanwhile() throws Exception {
    StaffBrowserSession.createStaff(
        920_014, "shift.admin", "Shift-Admin-1", 600_000, "ADMINISTRATOR", "en");
    StaffBrowserSession.createStaff(920_015, "zz.shifted", "Shifted-1", 600_000, "CASEWORKER");
    Browser b = browser();
    logIn(b, "shift.admin", "Shift-Admin-1");
    openAdmin(b, "staff");
    var button =
        b.findAll("#admin\\:staff tbody tr").stream()
            .filter(row -> row.getText().contains("zz.shifted"))
            .findFirst()
            .orElseThrow()
            .findElement(By.cssSelector("button"));
    // an account that sorts first appears while the page is open: every row below moves down
    StaffBrowserSession.createStaff(920_016, "aaa.newcomer", "Newcomer-1", 600_000, "CASEWORKER");
    b.andWaitForNewPage(button::click);
    assertEquals(
        "0",
        single("SELECT COUNT(*) FROM staff_account WHERE username = 'zz.shifted' AND enabled"));
    assertEquals(
        "1",
        single("SELECT COUNT(*) FROM staff_account WHERE username = 'aaa.newcomer' AND enabled"));
  }

  @Test
  void anAdministratorChangesAMailTemplateAndReadsTheMailInTheOutboxWithoutAnSmtpServer()
      throws Exception {
    StaffBrowserSession.createStaff(
        920_120, "mail.admin", "Mail-Admin-Pass-1", 600_000, "ADMINISTRATOR", "en");
    Browser b = browser();
    logIn(b, "mail.admin", "Mail-Admin-Pass-1");
    openAdmin(b, "mail");
    new org.openqa.selenium.support.ui.Select(b.find("#mail\\:language")).selectByValue("en");
    b.andWaitForNewPage(() -> b.find("#mail\\:open").click());
    assertTrue(b.find("#mail\\:subject").getAttribute("value").contains("{{reference}}"));

    b.find("#mail\\:subject").clear();
    b.find("#mail\\:subject").sendKeys("Broken {{#reference}} subject");
    b.andWaitForNewPage(() -> b.find("#mail\\:save").click());
    assertFalse(b.findAll("#problems li").isEmpty(), "a broken template is named");
    assertEquals(
        "0", single("SELECT COUNT(*) FROM mail_template WHERE kind = 'RECEIVED'"), "not saved");

    b.find("#mail\\:subject").clear();
    b.find("#mail\\:subject").sendKeys("TEMPLATE-EDITED {{reference}} is with us");
    b.andWaitForNewPage(() -> b.find("#mail\\:save").click());
    assertEquals("TEMPLATE-EDITED KS-2026-000123 is with us", b.find("#preview-subject").getText());
    assertEquals(
        "1",
        single("SELECT COUNT(*) FROM mail_template WHERE kind = 'RECEIVED' AND language = 'en'"));

    var created =
        new KesherClient(base.toURI())
            .post(
                "api/v1/requests",
                aRequest("GENERAL")
                    .language("en")
                    .fromMail("Outbox Reader", "outbox.reader@mail.example")
                    .answer("subject", "Outbox")
                    .answer("description", "Reading the outbox")
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    String reference = KesherClient.json(created).asJsonObject().getString("reference");

    openAdmin(b, "outbox");
    String outbox = b.find("main").getAttribute("innerHTML");
    assertFalse(b.findAll("#outbox\\:mails tbody tr").isEmpty(), "the mails are listed");
    assertFalse(
        outbox.contains("outbox.reader@mail.example") || outbox.contains("TEMPLATE-EDITED"),
        "on a production database, no SMTP server or not, administrators see no mail whole");
    try (var c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        var subject =
            c.prepareStatement(
                "SELECT m.subject FROM mail_outbox m JOIN case_file f ON f.id = m.case_id"
                    + " WHERE f.reference = ?")) {
      subject.setString(1, reference);
      var row = subject.executeQuery();
      assertTrue(row.next(), "a mail for " + reference);
      assertEquals(
          "TEMPLATE-EDITED " + reference + " is with us",
          TestDatabase.sealingKeys().open(row.getBytes(1)),
          "the mail uses the changed template");
    }

    openAdmin(b, "mail");
    new org.openqa.selenium.support.ui.Select(b.find("#mail\\:language")).selectByValue("en");
    b.andWaitForNewPage(() -> b.find("#mail\\:open").click());
    b.andWaitForNewPage(() -> b.find("#mail\\:reset").click());
    assertEquals("0", single("SELECT COUNT(*) FROM mail_template"), "back to the shipped text");
  }

  /**
   * Opens an administration screen as an administrator does, by Kesher's links: the screens are
   * protected views, opened only with the session's token that the links carry.
   */
  private static void openAdmin(Browser b, String page) {
    b.open("staff/index.xhtml");
    b.andWaitForNewPage(() -> b.find("#admin-nav-staff").click());
    if (!page.equals("staff")) {
      b.andWaitForNewPage(() -> b.find("#admin-nav-" + page).click());
    }
  }

  /** Opens the staff entry form of a request type from the queue page's list (a protected view). */
  private static void openEntry(Browser b, String type) {
    b.open("staff/index.xhtml");
    b.find("#new-request summary").click();
    b.andWaitForNewPage(() -> b.find("#new-request a[href*='type=" + type + "']").click());
  }
}
