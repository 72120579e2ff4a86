package org.kesher.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.By;

/**
 * A staff member's day in Chromium, as one walk every database must carry: log in, open every
 * queue, search, open a case, take it, note, answer the resident, refer it, and for administrators
 * open every administration page. Each step checks that a staff page came back, not the error page
 * ("Something went wrong"), and names the step and the address when it did not.
 */
public final class StaffJourney {

  private static final Duration WAIT = Duration.ofSeconds(15);

  private final Browser b;
  private final List<String> steps = new ArrayList<>();

  public StaffJourney(Browser browser) {
    this.b = browser;
  }

  /** What was walked, one line a step, for a test's report. */
  public List<String> steps() {
    return List.copyOf(steps);
  }

  /** Logs in; lands on the queue page (or, for a forced first step, whatever Kesher asks). */
  public StaffJourney logIn(String username, String password) {
    b.clearCookies();
    b.open("staff/login.xhtml");
    b.find("#username").sendKeys(username);
    b.find("#password").sendKeys(password);
    b.andWaitForNewPage(() -> b.find("#submit").click());
    assertStaffPage(username + " logs in");
    assertFalse(b.url().contains("/staff/login.xhtml"), username + " is refused: " + b.url());
    return this;
  }

  /**
   * On the password page that a password set by someone else leads to (and only there): chooses a
   * new one, and lands on the queue page.
   */
  public StaffJourney choosePassword(String current, String fresh) {
    assertTrue(b.url().contains("/staff/password.xhtml"), "the password page first: " + b.url());
    assertFalse(b.findAll("#must-choose").isEmpty(), "the page says why");
    b.find("#password\\:current").sendKeys(current);
    b.find("#password\\:fresh").sendKeys(fresh);
    b.find("#password\\:again").sendKeys(fresh);
    b.andWaitForNewPage(() -> b.find("#password\\:change").click());
    assertStaffPage("a password of one's own");
    assertTrue(
        b.url().contains("/staff/index.xhtml"),
        "then the queue page: " + b.url() + " " + b.find("main").getText());
    return this;
  }

  /** Opens each queue the navigation offers and checks its page and count badge. */
  public StaffJourney everyQueue() {
    b.open("staff/index.xhtml");
    assertStaffPage("the queue page");
    List<String> queues =
        b.findAll(".queues a[id^='queue-']").stream().map(a -> a.getAttribute("id")).toList();
    assertFalse(queues.isEmpty(), "the queue page lists its queues: " + b.url());
    for (String queue : queues) {
      b.andWaitForNewPage(() -> b.find("#" + queue).click());
      assertStaffPage("queue " + queue);
      // the work queues count their cases; the views of past cases carry no count
      var badge = b.findAll("#" + queue + " .badge");
      assertTrue(
          badge.isEmpty() || badge.get(0).getText().matches("[0-9]+"), queue + "'s badge counts");
      assertFalse(b.findAll("#queue\\:cases").isEmpty(), queue + " shows its table");
    }
    return this;
  }

  /** Types a search into the queue page and waits for the table to be drawn again. */
  public StaffJourney search(String text) {
    b.open("staff/index.xhtml?queue=OPEN");
    var table = b.find("#queue\\:cases");
    b.find("#queue\\:search").clear();
    b.find("#queue\\:search").sendKeys(text);
    b.find("#queue\\:filter").click();
    b.waiting(WAIT)
        .until(d -> isStale(table) || !b.findAll("#queue\\:messages .ui-messages-error").isEmpty());
    assertStaffPage("search for " + text);
    return this;
  }

  private static boolean isStale(org.openqa.selenium.WebElement element) {
    try {
      element.isDisplayed();
      return false;
    } catch (org.openqa.selenium.StaleElementReferenceException gone) {
      return true;
    }
  }

  /** The references listed on the page now. */
  public List<String> listed() {
    return b.findAll("#queue\\:cases tbody tr td a[href*='case.xhtml']").stream()
        .map(a -> a.getText().strip())
        .toList();
  }

  /** Opens the first case of a queue; answers its reference. */
  public String openFirstCaseOf(String queue) {
    b.open("staff/index.xhtml?queue=" + queue);
    assertStaffPage("queue " + queue);
    List<String> references = listed();
    assertFalse(references.isEmpty(), "queue " + queue + " lists a case");
    b.andWaitForNewPage(
        () -> b.driver().findElement(By.cssSelector("#queue\\:cases tbody tr a")).click());
    assertStaffPage("case " + references.get(0));
    assertEquals(references.get(0), b.find("#case-reference").getText());
    return references.get(0);
  }

  /** Finds a case by its reference in the queue's search and opens it from the list. */
  public StaffJourney openFromSearch(String reference) {
    search(reference);
    assertEquals(List.of(reference), listed(), "the search finds " + reference);
    b.andWaitForNewPage(
        () -> b.driver().findElement(By.cssSelector("#queue\\:cases tbody tr a")).click());
    assertStaffPage("case " + reference);
    assertEquals(reference, b.find("#case-reference").getText());
    return this;
  }

  /** On an open case page: takes the case, adds a note and answers the resident. */
  public StaffJourney claimNoteAndAnswer(String note, String answer) {
    String reference = b.find("#case-reference").getText();
    if (!b.findAll("#case\\:claim").isEmpty()) {
      b.andWaitForNewPage(() -> b.find("#case\\:claim").click());
      assertStaffPage("taking " + reference);
    }
    b.find("#case\\:text").sendKeys(note);
    b.andWaitForNewPage(() -> b.find("#case\\:note").click());
    assertStaffPage("a note on " + reference);
    b.find("#case\\:text").sendKeys(answer);
    b.andWaitForNewPage(() -> b.find("#case\\:reply").click());
    assertStaffPage("an answer on " + reference);
    String timeline = b.find("#timeline").getText();
    assertTrue(timeline.contains(note), "the note is on the timeline: " + timeline);
    assertTrue(timeline.contains(answer), "the answer is on the timeline: " + timeline);
    return this;
  }

  /**
   * On an open case page: invites a party by letter, answers all parties, and sets a session a year
   * ahead; the parties card, the timeline and the mediation card show each.
   */
  public StaffJourney inviteAndMeet(String party, String answer) {
    String reference = b.find("#case-reference").getText();
    b.find("#invite-panel summary").click();
    b.find("#case\\:party-name").sendKeys(party);
    b.find("#case\\:party-phone").sendKeys("052-7778888");
    b.andWaitForNewPage(() -> b.find("#case\\:invite-party").click());
    assertStaffPage("a party invited to " + reference);
    assertTrue(b.find("#parties").getText().contains(party), b.find("#parties").getText());
    b.find("#case\\:text").sendKeys(answer);
    choose("case\\:reply-to", "ALL");
    b.andWaitForNewPage(() -> b.find("#case\\:reply").click());
    assertStaffPage("an answer to all parties of " + reference);
    assertTrue(b.find("#timeline").getText().contains(answer), b.find("#timeline").getText());
    String day = java.time.LocalDate.now().plusYears(1).withDayOfMonth(12).toString();
    b.find("#mediation-card summary").click();
    b.js("arguments[0].value = arguments[1];", b.find("#mediation\\:session-date"), day);
    b.js("arguments[0].value = '17:30';", b.find("#mediation\\:session-time"));
    b.find("#mediation\\:session-place").sendKeys("המתנ\"ס");
    b.find("#mediation\\:session-mediators").sendKeys("דנה כהן");
    b.andWaitForNewPage(() -> b.find("#mediation\\:save-session").click());
    assertStaffPage("a session set on " + reference);
    String sessions = b.find("#sessions").getText();
    assertTrue(
        sessions.contains("12." + day.substring(5, 7) + "." + day.substring(0, 4)), sessions);
    return this;
  }

  /** On an open case page: refers it to the first other unit offered, with a summary. */
  public StaffJourney refer(String summary) {
    String reference = b.find("#case-reference").getText();
    b.find("#refer-panel summary").click();
    String unit =
        b.findAll("#case\\:refer-to_input option").stream()
            .map(o -> o.getAttribute("value"))
            .filter(v -> v != null && !v.isBlank())
            .findFirst()
            .orElseThrow(() -> new AssertionError("no unit to refer " + reference + " to"));
    choose("case\\:refer-to", unit);
    b.find("#case\\:summary").sendKeys(summary);
    b.andWaitForNewPage(() -> b.find("#case\\:refer").click());
    assertStaffPage("referring " + reference);
    assertTrue(
        b.findAll("#case\\:messages .ui-messages-error").isEmpty(),
        "the referral is taken: " + b.find("main").getText());
    return this;
  }

  /** Opens the administration from the queue page and then each of its pages from its menu. */
  public StaffJourney everyAdminPage() {
    b.open("staff/index.xhtml");
    b.andWaitForNewPage(() -> b.find("#admin-nav-staff").click());
    assertStaffPage("the staff accounts page");
    List<String> pages =
        b.findAll("a[id^='admin-nav-']").stream().map(a -> a.getAttribute("id")).toList();
    assertTrue(pages.size() >= 7, "the administration's menu: " + pages);
    for (String page : pages) {
      b.andWaitForNewPage(() -> b.find("#" + page).click());
      assertStaffPage("administration page " + page);
    }
    return this;
  }

  /** On an open case page: places a legal hold with its reason; the panel then shows it. */
  public StaffJourney holdCase(String reason) {
    b.find("#hold-panel summary").click();
    b.find("#case\\:hold-reason").sendKeys(reason);
    b.andWaitForNewPage(() -> b.find("#case\\:place-hold").click());
    assertStaffPage("a legal hold");
    assertTrue(
        b.find("#hold-facts").getAttribute("textContent").contains(reason),
        "the case page shows the hold: " + b.find("main").getText());
    return this;
  }

  /**
   * On the administrators' retention page: keeps the cases of the type {@code code} for {@code
   * months}; the page shows the months saved and the next run's counts.
   */
  public StaffJourney keepCases(String code, int months) {
    b.open("staff/index.xhtml");
    b.andWaitForNewPage(() -> b.find("#admin-nav-retention").click());
    assertStaffPage("the retention page");
    var input = b.find("input.months-" + code);
    input.clear();
    input.sendKeys(String.valueOf(months));
    b.andWaitForNewPage(() -> b.find("#retention\\:save").click());
    assertStaffPage("retention saved");
    assertTrue(
        b.findAll("#retention\\:messages .ui-messages-error").isEmpty(),
        "the months are taken: " + b.find("main").getText());
    assertEquals(String.valueOf(months), b.find("input.months-" + code).getAttribute("value"));
    assertTrue(b.find(".due-" + code).getText().matches("\\d+"), "the next run's count");
    return this;
  }

  /**
   * Opens the reports from the navigation's link (a unit head or department manager): every table
   * shows, on H2 as on MariaDB, and one narrowed to a unit shows too.
   */
  public StaffJourney reports() {
    b.open("staff/index.xhtml");
    b.andWaitForNewPage(() -> b.find("#reports-link").click());
    assertStaffPage("the reports");
    for (String table :
        List.of(
            "open-cases",
            "new-cases-by-week",
            "target-compliance",
            "time-to-answer",
            "cases-by-locality",
            "backlog-by-age")) {
      assertTrue(b.find("#reports\\:t-" + table).isDisplayed(), "the table " + table);
    }
    assertFalse(
        b.findAll("#reports\\:t-open-cases tbody tr td .figure").isEmpty(),
        "the demo's open cases are counted: " + b.find("main").getText());
    b.andWaitForNewPage(() -> b.find("#reports\\:apply").click());
    assertStaffPage("the reports again");
    return this;
  }

  /**
   * Breaks the glass from the navigation's link: types the case's reference and why; lands on the
   * case page.
   */
  public StaffJourney breakGlass(String reference, String reason) {
    b.open("staff/index.xhtml");
    b.andWaitForNewPage(() -> b.find("#break-glass-link").click());
    assertStaffPage("the break-glass page");
    b.find("#break-glass\\:reference").sendKeys(reference);
    b.find("#break-glass\\:reason").sendKeys(reason);
    b.andWaitForNewPage(() -> b.find("#break-glass\\:ask").click());
    assertStaffPage("break-glass on " + reference);
    assertTrue(
        b.url().contains("/staff/case.xhtml") && b.url().contains(reference),
        "the case page opens: " + b.url() + " " + b.find("main").getText());
    return this;
  }

  /** On the privacy officer's break-glass list: marks the first one waiting justified. */
  public StaffJourney reviewFirstBreakGlass(String note) {
    b.open("staff/index.xhtml");
    b.andWaitForNewPage(() -> b.find("#privacy-nav-glass").click());
    assertStaffPage("the break-glass reviews");
    var pending = b.findAll("section.glass");
    assertFalse(pending.isEmpty(), "a break-glass waits for review");
    String id = pending.get(0).getAttribute("id");
    b.find("#" + id + " textarea").sendKeys(note);
    b.andWaitForNewPage(() -> b.find("#" + id + " button[id$='justified']").click());
    assertStaffPage("a break-glass reviewed");
    assertTrue(b.findAll("#" + id).isEmpty(), "it leaves the list waiting for review");
    assertTrue(
        b.find("#review\\:reviewed").getText().contains(note), "the reviewed list shows its note");
    return this;
  }

  /**
   * The privacy officer's pages, from the navigation: each opens as a staff page; on the access log
   * the check of the chain runs and reports its findings.
   */
  public StaffJourney everyPrivacyPage() {
    b.open("staff/index.xhtml");
    b.andWaitForNewPage(() -> b.find("#privacy-nav-log").click());
    assertStaffPage("the access log");
    assertFalse(b.findAll("#access-log\\:entries").isEmpty(), "the access log lists its entries");
    List<String> pages =
        b.findAll("a[id^='privacy-nav-']").stream().map(a -> a.getAttribute("id")).toList();
    assertTrue(pages.size() >= 2, "the privacy officer's menu: " + pages);
    for (String page : pages) {
      b.andWaitForNewPage(() -> b.find("#" + page).click());
      assertStaffPage("privacy page " + page);
    }
    return this;
  }

  /**
   * On the privacy officer's page for a resident's data: finds the requests under a phone number;
   * the list (or its empty message) shows, and the export buttons with it.
   */
  public StaffJourney findResidentData(String phone) {
    b.open("staff/index.xhtml");
    b.andWaitForNewPage(() -> b.find("#privacy-nav-resident").click());
    assertStaffPage("a resident's data");
    b.find("#resident\\:phone").sendKeys(phone);
    b.andWaitForNewPage(() -> b.find("#resident\\:find").click());
    assertStaffPage("a resident's requests found");
    assertFalse(b.findAll("#resident\\:cases").isEmpty(), b.find("main").getText());
    assertFalse(b.findAll("#resident\\:export-html").isEmpty(), "the export is offered");
    return this;
  }

  /**
   * A staff page, not the error page nor a bare container answer: Kesher's staff style sheet is
   * there, and no fatal message.
   */
  public void assertStaffPage(String step) {
    steps.add(step + ": " + b.url());
    String source = b.driver().getPageSource();
    assertTrue(
        source.contains("staff.css"),
        step + " ended on " + b.url() + " without a staff page: " + b.find("body").getText());
    assertTrue(
        b.findAll(".ui-messages-fatal").isEmpty(),
        step + " shows a fatal message: " + b.find("body").getText());
  }

  /** Picks the option of value {@code value} in a PrimeFaces select menu, as a user clicks it. */
  public void choose(String menuId, String value) {
    String label = null;
    for (var option : b.findAll("#" + menuId + "_input option")) {
      if (value.equals(option.getAttribute("value"))) {
        label = option.getAttribute("textContent").strip();
      }
    }
    assertTrue(label != null, value + " is offered");
    String item = "#" + menuId + "_items li[data-label='" + label + "']";
    b.find("#" + menuId).click();
    b.waiting(Duration.ofSeconds(5)).until(d -> b.find(item).isDisplayed());
    b.find(item).click();
    // the menu's panel moves while it opens and a click can land beside the item: check what
    // was picked, as a user would look, and pick it through the menu's own widget if it missed
    String input = menuId.replace("\\", "") + "_input";
    String script = "return document.getElementById(arguments[0]).value;";
    try {
      b.waiting(Duration.ofSeconds(2)).until(d -> value.equals(b.js(script, input)));
    } catch (org.openqa.selenium.TimeoutException missed) {
      b.js(
          "PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
          menuId.replace("\\", ""),
          value);
    }
    assertEquals(value, b.js(script, input), "the menu holds " + value);
  }
}
