package org.kesher.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.TestDatabase.column;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kesher.testing.Browser;
import org.kesher.testing.KesherDeployment;
import org.kesher.testing.StaffBrowserSession;
import org.kesher.testing.WithTestDatabase;

/**
 * Staff accounts in Chromium: an administrator edits a member's name, email, language, roles and
 * units, resets the password and switches the account off and on, each change recorded; a wrong
 * email and a change that would leave a sealed unit without a head are refused with a clear text.
 */
@ExtendWith({WithTestDatabase.class, ArquillianExtension.class})
class StaffAccountsIT {

  private static final String ADMIN_PASSWORD = "Accounts-Admin-Passw0rd";

  private static Browser browser;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return KesherDeployment.builtWar();
  }

  @ArquillianResource URL base;

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  private Browser browser() throws Exception {
    if (browser == null) {
      browser = Browser.start(base.toURI());
    }
    browser.clearCookies();
    return browser;
  }

  static void logIn(Browser b, String username, String password) {
    b.open("staff/login.xhtml");
    b.find("#username").sendKeys(username);
    b.find("#password").sendKeys(password);
    b.andWaitForNewPage(() -> b.find("#submit").click());
  }

  /** Opens the edit page of an account from the staff screen, as an administrator clicks to it. */
  private static void openAccount(Browser b, String username) {
    b.open("staff/index.xhtml");
    b.andWaitForNewPage(() -> b.find("#admin-staff").click());
    b.andWaitForNewPage(() -> b.find("a[title$=' " + username + "']").click());
    assertEquals(username, b.find("#account-username").getText());
  }

  private static void choose(Browser b, String menuId, String value) {
    b.js("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);", menuId, value);
  }

  private static void type(Browser b, String id, String text) {
    var field = b.find("#" + id.replace(":", "\\:"));
    field.clear();
    field.sendKeys(text);
  }

  private static String messages(Browser b) {
    return b.find("#account\\:messages").getText();
  }

  /** The index of a unit among the edit form's units (the active ones, in display order). */
  private static int placeOf(String unitCode) throws Exception {
    return Integer.parseInt(
        column(
            "SELECT COUNT(*) FROM community_unit u, community_unit c WHERE c.code = '"
                + unitCode
                + "' AND u.active = TRUE AND (u.display_order < c.display_order OR"
                + " (u.display_order = c.display_order AND u.code < c.code))"));
  }

  /** A unit that receives a sealed request type and has no head who can log in, by code. */
  private static String sealedUnitWithoutHead() throws Exception {
    return column(
        "SELECT MIN(u.code) FROM community_unit u JOIN routing_rule r ON r.unit_id = u.id"
            + " JOIN request_type t ON t.id = r.request_type_id WHERE t.confidentiality = 'SEALED'"
            + " AND r.active = TRUE AND u.active = TRUE AND NOT EXISTS (SELECT 1 FROM"
            + " unit_membership m JOIN staff_account s ON s.id = m.staff_id WHERE m.unit_id = u.id"
            + " AND m.member_role = 'HEAD' AND s.enabled = TRUE)");
  }

  private static String changesOf(String username) throws Exception {
    return column(
        "SELECT GROUP_CONCAT(c.what ORDER BY c.what SEPARATOR ',') FROM staff_account_change c"
            + " JOIN staff_account s ON s.id = c.account_id WHERE s.username = '"
            + username
            + "'");
  }

  @Test
  void anAdministratorEditsAMemberAndEveryChangeIsRecorded() throws Exception {
    StaffBrowserSession.createStaff(
        930_001, "accounts.admin", ADMIN_PASSWORD, 600_000, "ADMINISTRATOR", "en");
    StaffBrowserSession.createStaff(
        930_002, "accounts.dana", "Dana-Passw0rd-Long", 600_000, "CASEWORKER", "he");
    StaffBrowserSession.joinUnit(930_002, "MEDIATION", "MEMBER");
    String sealed = sealedUnitWithoutHead();
    assertTrue(sealed != null && !sealed.isBlank(), "the seed has a sealed unit without a head");

    Browser b = browser();
    logIn(b, "accounts.admin", ADMIN_PASSWORD);
    openAccount(b, "accounts.dana");

    // a wrong address (one the browser lets through: no dotted domain) is refused, in the
    // administrator's language, and nothing changes
    type(b, "account:email", "dana@example");
    b.andWaitForNewPage(() -> b.find("#account\\:save").click());
    assertTrue(messages(b).contains("This is not an email address"), messages(b));
    assertEquals(null, column("SELECT email FROM staff_account WHERE username = 'accounts.dana'"));

    type(b, "account:display-name", "Dana Levi");
    type(b, "account:email", "dana.levi@example.org");
    choose(b, "account:language", "ar");
    String role = b.find("#account\\:roles input[value='INTAKE_COORDINATOR']").getAttribute("id");
    b.find("label[for='" + role + "']").click();
    choose(b, "account:places:" + placeOf(sealed) + ":place", "HEAD");
    b.andWaitForNewPage(() -> b.find("#account\\:save").click());
    assertTrue(messages(b).contains("The account was saved"), messages(b));
    assertEquals(
        "Dana Levi|dana.levi@example.org|ar",
        column(
            "SELECT CONCAT(display_name, '|', email, '|', language) FROM staff_account"
                + " WHERE username = 'accounts.dana'"));
    assertEquals(
        "CASEWORKER,INTAKE_COORDINATOR",
        column(
            "SELECT GROUP_CONCAT(role ORDER BY role SEPARATOR ',') FROM staff_role"
                + " WHERE staff_id = 930002"));
    assertEquals(
        "MEDIATION:MEMBER," + sealed + ":HEAD",
        column(
            "SELECT GROUP_CONCAT(CONCAT(u.code, ':', m.member_role) ORDER BY u.code = '"
                + sealed
                + "', u.code SEPARATOR ',') FROM unit_membership m JOIN community_unit u"
                + " ON u.id = m.unit_id WHERE m.staff_id = 930002"));
    assertEquals("EMAIL,LANGUAGE,NAME,ROLES,UNITS", changesOf("accounts.dana"));
    assertEquals(
        "5",
        column(
            "SELECT COUNT(*) FROM staff_account_change WHERE account_id = 930002"
                + " AND changed_by_id = 930001"));
    String listed = b.find("#account\\:changes").getText();
    assertTrue(listed.contains("dana.levi@example.org"), listed);

    // the only head of a unit receiving sealed cases can neither step down nor be switched off
    choose(b, "account:places:" + placeOf(sealed) + ":place", "MEMBER");
    b.andWaitForNewPage(() -> b.find("#account\\:save").click());
    assertTrue(messages(b).contains("would be left without a head"), messages(b));
    String unitName = column("SELECT name_en FROM community_unit WHERE code = '" + sealed + "'");
    assertTrue(messages(b).contains(unitName), messages(b));
    b.andWaitForNewPage(() -> b.find("#account\\:switch").click());
    assertTrue(messages(b).contains("would be left without a head"), messages(b));
    assertEquals(
        "HEAD",
        column(
            "SELECT m.member_role FROM unit_membership m JOIN community_unit u ON u.id ="
                + " m.unit_id WHERE m.staff_id = 930002 AND u.code = '"
                + sealed
                + "'"));
    assertEquals("1", column("SELECT enabled FROM staff_account WHERE username = 'accounts.dana'"));

    // and leaving the unit altogether is refused the same way
    choose(b, "account:places:" + placeOf(sealed) + ":place", "");
    b.andWaitForNewPage(() -> b.find("#account\\:save").click());
    assertTrue(messages(b).contains("would be left without a head"), messages(b));
    assertEquals("EMAIL,LANGUAGE,NAME,ROLES,UNITS", changesOf("accounts.dana"));
  }

  @Test
  void anAdministratorResetsAPasswordShownOnceAndSwitchesTheAccountOffAndOn() throws Exception {
    StaffBrowserSession.createStaff(
        930_011, "accounts.admin2", ADMIN_PASSWORD, 600_000, "ADMINISTRATOR", "en");
    StaffBrowserSession.createStaff(
        930_012, "accounts.yossi", "Yossi-Passw0rd-Long", 600_000, "CASEWORKER", "he");
    String hashBefore =
        column("SELECT password_hash FROM staff_account WHERE username = 'accounts.yossi'");

    Browser b = browser();
    logIn(b, "accounts.admin2", ADMIN_PASSWORD);
    openAccount(b, "accounts.yossi");
    b.andWaitForNewPage(() -> b.find("#account\\:reset-password").click());
    String oneTime = b.find("#one-time-password").getText();
    assertTrue(oneTime.matches("[A-Za-z0-9]{20}"), oneTime);
    assertFalse(
        hashBefore.equals(
            column("SELECT password_hash FROM staff_account WHERE username = 'accounts.yossi'")));
    assertEquals(
        "1|1",
        column(
            "SELECT CONCAT(must_change_password, '|', session_epoch) FROM staff_account"
                + " WHERE username = 'accounts.yossi'"));
    // shown once: the page opened again does not show it, and no record holds it
    openAccount(b, "accounts.yossi");
    assertTrue(b.findAll("#one-time-password").isEmpty());
    assertFalse(b.find("main").getText().contains(oneTime));
    assertEquals(
        "0",
        column("SELECT COUNT(*) FROM staff_account_change WHERE detail LIKE '%" + oneTime + "%'"));

    b.andWaitForNewPage(() -> b.find("#account\\:switch").click());
    assertEquals(
        "0", column("SELECT enabled FROM staff_account WHERE username = 'accounts.yossi'"));
    b.andWaitForNewPage(() -> b.find("#account\\:switch").click());
    assertEquals(
        "1", column("SELECT enabled FROM staff_account WHERE username = 'accounts.yossi'"));
    assertEquals("PASSWORD_RESET,SWITCHED_OFF,SWITCHED_ON", changesOf("accounts.yossi"));
    List<String> rows =
        b.findAll("#account\\:changes tbody tr").stream().map(r -> r.getText()).toList();
    assertEquals(3, rows.size(), rows.toString());

    // the member logs in with the one-time password: every staff page leads to the password
    // page until they have chosen their own
    b.clearCookies();
    logIn(b, "accounts.yossi", oneTime);
    assertTrue(b.url().contains("/staff/password.xhtml"), b.url());
    assertFalse(b.findAll("#must-choose").isEmpty());
    for (String page : List.of("staff/index.xhtml", "staff/case.xhtml?ref=KS-2026-000001")) {
      b.open(page);
      assertTrue(b.url().contains("/staff/password.xhtml"), page + " -> " + b.url());
    }
    changePassword(b, oneTime, "Yossi-Own-Choice-2026");
    assertTrue(b.url().contains("/staff/index.xhtml"), b.url());
    assertEquals(
        "0|2",
        column(
            "SELECT CONCAT(must_change_password, '|', session_epoch) FROM staff_account"
                + " WHERE username = 'accounts.yossi'"));
    b.open("staff/index.xhtml");
    assertTrue(b.url().contains("/staff/index.xhtml"), b.url());
  }

  private static void changePassword(Browser b, String current, String fresh) {
    b.find("#password\\:current").sendKeys(current);
    b.find("#password\\:fresh").sendKeys(fresh);
    b.find("#password\\:again").sendKeys(fresh);
    b.andWaitForNewPage(() -> b.find("#password\\:change").click());
  }

  private static String passwordMessages(Browser b) {
    return b.find("#password\\:messages").getText();
  }

  @Test
  void aMemberChangesTheirOwnPasswordUnderTheRulesAndTheirOtherSessionsEnd() throws Exception {
    String first = "Noa-First-Passw0rd";
    StaffBrowserSession.createStaff(930_021, "accounts.noa", first, 600_000, "CASEWORKER", "en");
    var elsewhere = new StaffBrowserSession(base.toURI());
    assertEquals(302, elsewhere.logIn("accounts.noa", first).statusCode());
    assertEquals(200, elsewhere.get("staff/index.xhtml").statusCode());

    Browser b = browser();
    logIn(b, "accounts.noa", first);
    b.andWaitForNewPage(() -> b.find("#my-password").click());
    assertTrue(b.url().contains("/staff/password.xhtml"), b.url());
    assertTrue(b.findAll("#must-choose").isEmpty(), "a chosen password need not change");

    changePassword(b, "not-my-password", "Noa-Second-Garden-Walk");
    assertTrue(passwordMessages(b).contains("current password is wrong"), passwordMessages(b));
    assertEquals(
        "1", column("SELECT failed_logins FROM staff_account WHERE username = 'accounts.noa'"));
    b.find("#password\\:current").sendKeys(first);
    b.find("#password\\:fresh").sendKeys("Noa-Second-Garden-Walk");
    b.find("#password\\:again").sendKeys("Noa-Second-Garden-Wall");
    b.andWaitForNewPage(() -> b.find("#password\\:change").click());
    assertTrue(passwordMessages(b).contains("are not the same"), passwordMessages(b));
    changePassword(b, first, "Short-1");
    assertTrue(passwordMessages(b).contains("at least 12 characters"), passwordMessages(b));
    changePassword(b, first, "Accounts.Noa-Summer");
    assertTrue(passwordMessages(b).contains("your username"), passwordMessages(b));
    changePassword(b, first, "Password1234");
    assertTrue(passwordMessages(b).contains("common or leaked"), passwordMessages(b));
    String hash = column("SELECT password_hash FROM staff_account WHERE username = 'accounts.noa'");

    changePassword(b, first, "Noa-Second-Garden-Walk");
    assertTrue(passwordMessages(b).contains("was changed"), passwordMessages(b));
    assertFalse(
        hash.equals(
            column("SELECT password_hash FROM staff_account WHERE username = 'accounts.noa'")));
    // this session goes on; the other one has ended
    b.open("staff/index.xhtml");
    assertTrue(b.url().contains("/staff/index.xhtml"), b.url());
    var ended = elsewhere.get("staff/index.xhtml");
    assertEquals(302, ended.statusCode());
    assertTrue(
        ended.headers().firstValue("Location").orElse("").contains("/staff/login.xhtml"),
        ended.headers().toString());
    assertEquals(
        401, new StaffBrowserSession(base.toURI()).logIn("accounts.noa", first).statusCode());
    assertEquals(
        302,
        new StaffBrowserSession(base.toURI())
            .logIn("accounts.noa", "Noa-Second-Garden-Walk")
            .statusCode());
    assertEquals("PASSWORD_CHANGED", changesOf("accounts.noa"));
  }
}
