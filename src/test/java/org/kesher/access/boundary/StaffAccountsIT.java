package org.kesher.access.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.TestDatabase.column;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kesher.testing.Browser;
import org.kesher.testing.ClassBrowser;
import org.kesher.testing.SharedKesher;
import org.kesher.testing.StaffBrowserSession;

/**
 * Staff accounts in Chromium: an administrator edits a member's name, email, language, roles and
 * units, resets the password and switches the account off and on, each change recorded; a wrong
 * email and a change that would leave a sealed unit without a head are refused with a clear text.
 */
@ExtendWith(SharedKesher.class)
class StaffAccountsIT {

  private static final String ADMIN_PASSWORD = "Accounts-Admin-Passw0rd";

  /** One Chromium for the whole class, started on first use. */
  @RegisterExtension static final ClassBrowser chromium = new ClassBrowser();

  private final URL base = SharedKesher.url();

  private Browser browser() throws Exception {
    return chromium.fresh(base);
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
    b.andWaitForNewPage(() -> b.find("#admin-nav-staff").click());
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
            "SELECT COUNT(*) FROM community_unit u, community_unit c WHERE c.code = ?"
                + " AND u.active = TRUE AND (u.display_order < c.display_order OR"
                + " (u.display_order = c.display_order AND u.code < c.code))",
            unitCode));
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
            + " JOIN staff_account s ON s.id = c.account_id WHERE s.username = ?",
        username);
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
            "SELECT GROUP_CONCAT(CONCAT(u.code, ':', m.member_role) ORDER BY u.code = ?,"
                + " u.code SEPARATOR ',') FROM unit_membership m JOIN community_unit u"
                + " ON u.id = m.unit_id WHERE m.staff_id = 930002",
            sealed));
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
    String unitName =
        column(
            "SELECT t.content FROM community_unit u JOIN community_unit_text t ON t.owner_id ="
                + " u.id AND t.field = 'name' AND t.lang = 'en' WHERE u.code = ?",
            sealed);
    assertTrue(messages(b).contains(unitName), messages(b));
    b.andWaitForNewPage(() -> b.find("#account\\:switch").click());
    assertTrue(messages(b).contains("would be left without a head"), messages(b));
    assertEquals(
        "HEAD",
        column(
            "SELECT m.member_role FROM unit_membership m JOIN community_unit u ON u.id ="
                + " m.unit_id WHERE m.staff_id = 930002 AND u.code = ?",
            sealed));
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
        column(
            "SELECT COUNT(*) FROM staff_account_change WHERE detail LIKE ?", "%" + oneTime + "%"));

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

  /**
   * The next code of the member's app that Kesher has not taken yet (each step is taken once). It
   * starts at the current step, never the one before: Kesher accepts one step either way of its own
   * clock, and a step boundary between computing the code and typing it would push an older one out
   * of that window (the test failed so once in CI).
   */
  private static String nextCode(String secret, String username) throws Exception {
    var factor = new org.kesher.access.control.SecondFactor();
    String last = column("SELECT totp_last_step FROM staff_account WHERE username = ?", username);
    long step = Math.max(factor.currentStep(), last == null ? 0 : Long.parseLong(last) + 1);
    while (step > factor.currentStep() + 1) {
      Thread.sleep(1_000);
    }
    return factor.codeAt(secret, step);
  }

  private static void typeCode(Browser b, String code) {
    b.find("#second-factor").sendKeys(code);
    b.andWaitForNewPage(() -> b.find("#verify").click());
  }

  @Test
  void aMemberEnrolsASecondFactorThenLogsInWithCodesAndRecoveryCodesAndWrongCodesLock()
      throws Exception {
    String password = "Tamar-Passw0rd-Long";
    StaffBrowserSession.createStaff(
        930_031, "accounts.tamar", password, 600_000, "ADMINISTRATOR", "en");
    Browser b = browser();
    logIn(b, "accounts.tamar", password);
    assertTrue(b.url().contains("/staff/index.xhtml"), b.url());
    // administrators are offered a second factor on their queue page
    b.andWaitForNewPage(() -> b.find("#enrol-factor").click());
    assertTrue(b.url().contains("/staff/factor.xhtml"), b.url());
    String image = b.find("#factor-qr").getAttribute("src");
    assertTrue(image.startsWith("data:image/png;base64,"), image);
    String secret = b.find("#factor-secret").getText().strip();
    assertTrue(secret.matches("[A-Z2-7]{32}"), secret);

    b.find("#factor\\:first-code").sendKeys("12345x");
    b.andWaitForNewPage(() -> b.find("#factor\\:confirm").click());
    assertTrue(b.find("#factor\\:messages").getText().contains("code is wrong"));
    assertEquals(
        null,
        column("SELECT totp_enrolled_at FROM staff_account WHERE username = 'accounts.tamar'"));
    assertEquals(secret, b.find("#factor-secret").getText().strip(), "the same secret to confirm");
    b.find("#factor\\:first-code").sendKeys(nextCode(secret, "accounts.tamar"));
    b.andWaitForNewPage(() -> b.find("#factor\\:confirm").click());
    List<String> recovery =
        b.findAll("#recovery-codes li").stream().map(li -> li.getText().strip()).toList();
    assertEquals(10, recovery.size(), b.find("main").getText());
    assertEquals(
        "10",
        column(
            "SELECT COUNT(*) FROM staff_recovery_code WHERE staff_id = 930031 AND used_at IS NULL"));
    assertEquals(
        "0",
        column("SELECT COUNT(*) FROM staff_recovery_code WHERE code_hash = ?", recovery.get(0)),
        "only hashes are kept");
    String stored =
        column("SELECT HEX(totp_secret) FROM staff_account WHERE username = 'accounts.tamar'");
    assertFalse(
        stored.contains(
            java.util.HexFormat.of()
                .formatHex(secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                .toUpperCase()),
        "the secret is sealed");
    b.open("staff/index.xhtml");
    assertTrue(b.findAll("#factor-offer").isEmpty(), "no offer once enrolled");

    // a login now needs the password and a code; no staff page opens in between
    b.clearCookies();
    logIn(b, "accounts.tamar", password);
    assertTrue(
        b.url().contains("/staff/code.xhtml"),
        b.url() + " " + b.history() + " " + b.find("body").getText());
    b.open("staff/index.xhtml");
    assertTrue(b.url().contains("/staff/login.xhtml"), "not logged in yet: " + b.url());
    b.open("staff/code.xhtml");
    typeCode(b, nextCode(secret, "accounts.tamar"));
    assertTrue(b.url().contains("/staff/index.xhtml"), b.url());
    assertEquals("accounts.tamar", b.find("#staff-name").getText().replace("Test ", ""));

    // a recovery code opens one login
    b.clearCookies();
    logIn(b, "accounts.tamar", password);
    typeCode(b, recovery.get(0));
    assertTrue(b.url().contains("/staff/index.xhtml"), b.url());
    assertEquals(
        "9",
        column(
            "SELECT COUNT(*) FROM staff_recovery_code WHERE staff_id = 930031 AND used_at IS NULL"));

    // used again it is a wrong code; five wrong codes in a row lock the account like passwords
    b.clearCookies();
    logIn(b, "accounts.tamar", password);
    typeCode(b, recovery.get(0));
    assertTrue(b.url().contains("/staff/code.xhtml"), b.url());
    // the code page speaks the browser's language (Hebrew here), as the login page does
    assertTrue(b.find("#messages").getText().contains("הקוד שגוי"), b.find("main").getText());
    for (int i = 0; i < 4; i++) {
      typeCode(b, "000000".equals(nextCode(secret, "accounts.tamar")) ? "111111" : "000000");
    }
    assertFalse(
        column("SELECT locked_until FROM staff_account WHERE username = 'accounts.tamar'") == null,
        "locked");
    typeCode(b, nextCode(secret, "accounts.tamar"));
    assertTrue(b.url().contains("/staff/code.xhtml"), "locked: the right code is refused too");
    b.clearCookies();
    logIn(b, "accounts.tamar", password);
    assertTrue(b.url().contains("/staff/login.xhtml"), "locked: the password is refused too");
  }
}
