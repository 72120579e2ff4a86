package org.kesher.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium driven through the system's chromedriver (no driver download), with a
 * fresh profile of its own: one per test class. It records every address it was on, checks pages
 * with axe-core and sends keys the way a keyboard user would.
 *
 * <p>Chromium and chromedriver are required, not optional: without them the test fails and says how
 * to install them, it is never skipped.
 */
public final class Browser implements AutoCloseable {

  /** What axe checks: WCAG 2.0 and 2.1, levels A and AA. */
  public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  /** The languages the browser asks for: a Hebrew-speaking resident's browser. */
  public static final String ACCEPT_LANGUAGE = "he-IL,he";

  private static final Duration WAIT = Duration.ofSeconds(30);

  private static final int POLL_MILLIS = 20;

  private final URI base;
  private final Path profile;
  private final ChromeDriver driver;
  private final List<String> visited = new ArrayList<>();

  private Browser(URI base, Path profile, ChromeDriver driver) {
    this.base = base;
    this.profile = profile;
    this.driver = driver;
  }

  /**
   * Starts Chromium for the application at {@code base}. The binaries are {@code /usr/bin/chromium}
   * and {@code /usr/bin/chromedriver}, or the system properties {@code kesher.test.chromium} and
   * {@code kesher.test.chromedriver}.
   */
  public static Browser start(URI base) {
    File chromium = new File(System.getProperty("kesher.test.chromium", "/usr/bin/chromium"));
    File chromedriver =
        new File(System.getProperty("kesher.test.chromedriver", "/usr/bin/chromedriver"));
    for (File binary : List.of(chromium, chromedriver)) {
      if (!binary.canExecute()) {
        fail(
            binary
                + " is missing: the browser tests need Debian's Chromium and its driver."
                + " Install them with: apt-get install -y chromium chromium-driver");
      }
    }
    Path profile;
    try {
      profile = Files.createTempDirectory("kesher-chromium-");
    } catch (IOException e) {
      throw new IllegalStateException("cannot create a Chromium profile directory", e);
    }
    var options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1024",
        "--accept-lang=" + ACCEPT_LANGUAGE,
        "--user-data-dir=" + profile.toAbsolutePath());
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", ACCEPT_LANGUAGE));
    var service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(chromedriver)
            .usingAnyFreePort()
            .build();
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      deleteTree(profile);
      throw e;
    }
    driver.manage().timeouts().pageLoadTimeout(WAIT);
    driver.manage().timeouts().scriptTimeout(WAIT);
    String root = base.toString();
    return new Browser(URI.create(root.endsWith("/") ? root : root + "/"), profile, driver);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** The application's root address, ending in a slash. */
  public URI base() {
    return base;
  }

  /**
   * Opens a path relative to the application's root ({@code units.xhtml}, {@code ?lang=ar}), or
   * absolute from the server's root ({@code /kesher/}).
   */
  public Browser open(String path) {
    driver.get(path.startsWith("/") ? base.resolve(path).toString() : base + path);
    return seen();
  }

  /** The current address, recorded among the visited ones. */
  public String url() {
    seen();
    return driver.getCurrentUrl();
  }

  private Browser seen() {
    visited.add(driver.getCurrentUrl());
    return this;
  }

  /** Every address recorded so far: by {@link #open}, {@link #url} and after each new page. */
  public List<String> visited() {
    return List.copyOf(visited);
  }

  /** The addresses of the tab's history, as Chromium itself keeps them. */
  @SuppressWarnings("unchecked")
  public List<String> history() {
    Map<String, Object> history = driver.executeCdpCommand("Page.getNavigationHistory", Map.of());
    return ((List<Map<String, Object>>) history.get("entries"))
        .stream().map(e -> String.valueOf(e.get("url"))).toList();
  }

  /** Forgets every cookie: language, display choices, receipts. */
  public void clearCookies() {
    driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  public Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  /**
   * A wait that looks every {@value #POLL_MILLIS} ms, not Selenium's default 500: a page that is
   * there at once is not waited for half a second, hundreds of times a run.
   */
  public WebDriverWait waiting(Duration timeout) {
    return new WebDriverWait(driver, timeout, Duration.ofMillis(POLL_MILLIS));
  }

  /** Runs an action that loads a new page (a submit, a followed link) and waits for that page. */
  public Browser andWaitForNewPage(Runnable action) {
    // a new document brings a new window object, without the mark left on the old one
    js("window.kesherOldPage = true;");
    action.run();
    waiting(WAIT)
        .until(
            d ->
                Boolean.TRUE.equals(
                    ((ChromeDriver) d)
                        .executeScript(
                            "return !window.kesherOldPage && document.readyState === 'complete';")));
    return seen();
  }

  // ---- keyboard ------------------------------------------------------------------------------

  /** Presses keys (TAB, SPACE, arrows, ENTER, or text) at whatever has the focus. */
  public Browser keys(CharSequence... keys) {
    new Actions(driver).sendKeys(keys).perform();
    return this;
  }

  /** A short description of the focused element: tag, id or class, type, text. */
  public String focused() {
    return String.valueOf(
        js(
            "const e = document.activeElement; if (!e) return 'nothing';"
                + " return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + " + (e.className ? '.' + String(e.className).split(' ').join('.') : '')"
                + " + (e.type ? '[type=' + e.type + ']' : '')"
                + " + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '')"
                + " + ' \"' + (e.innerText || '').trim().slice(0, 40) + '\"';"));
  }

  /** Whether the focused element matches a CSS selector. */
  public boolean focusedMatches(String css) {
    return Boolean.TRUE.equals(
        js(
            "return !!document.activeElement && document.activeElement.matches(arguments[0]);",
            css));
  }

  /**
   * Presses TAB until the focused element matches the selector, and fails if it takes more than
   * {@code most} presses; returns each focus stop on the way, in order, with its outline.
   */
  public List<String> tabTo(String css, int most) {
    List<String> path = new ArrayList<>();
    for (int i = 0; i < most; i++) {
      keys(Keys.TAB);
      path.add(focused() + " outline=" + focusOutline());
      if (focusedMatches(css)) {
        return path;
      }
    }
    fail("TAB did not reach " + css + " within " + most + " presses; focus went through " + path);
    return path;
  }

  /** The focused element's outline, as a keyboard user sees where they are: width and style. */
  public String focusOutline() {
    return String.valueOf(
        js(
            "const s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + s.outlineWidth;"));
  }

  // ---- accessibility -------------------------------------------------------------------------

  /** Runs axe-core (WCAG 2.0/2.1 A and AA) on the current page. */
  public Results axe() {
    // The pages have no frames (their CSP allows none), so axe runs in the page itself (no partial
    // runs finished in a second window), and it returns every element of a violation but only one
    // example of a rule passed: the whole list of passing elements of a PrimeFaces page is a large
    // answer to carry back through the driver for nothing.
    var options = new com.deque.html.axecore.args.AxeRunOptions();
    options.setResultTypes(List.of("violations"));
    Results results =
        new AxeBuilder()
            .withOptions(options)
            .withTags(WCAG_TAGS)
            .disableIframeTesting()
            .setLegacyMode(true)
            .analyze(driver);
    assertFalse(
        results.isErrored(),
        "axe-core failed on " + driver.getCurrentUrl() + ": " + results.getErrorMessage());
    return results;
  }

  /**
   * The violations axe finds on the current page, one line per rule and element with its id,
   * impact, target, help and what failed; an empty string when there is none.
   */
  public String axeViolations(String page) {
    Results results = axe();
    if (results.getPasses() == null || results.getPasses().isEmpty()) {
      return page + " (" + driver.getCurrentUrl() + "): axe ran no passing check at all\n";
    }
    return describe(page + " (" + driver.getCurrentUrl() + ")", results.getViolations());
  }

  public static String describe(String page, List<Rule> violations) {
    if (violations == null || violations.isEmpty()) {
      return "";
    }
    var text = new StringBuilder();
    for (Rule rule : violations) {
      for (CheckedNode node : rule.getNodes()) {
        text.append(page)
            .append(": ")
            .append(rule.getId())
            .append(" [")
            .append(rule.getImpact())
            .append("] at ")
            .append(node.getTarget())
            .append(" — ")
            .append(rule.getHelp())
            .append(" | ")
            .append(oneLine(node.getFailureSummary()))
            .append(" | ")
            .append(oneLine(node.getHtml()))
            .append('\n');
      }
    }
    return text.toString();
  }

  /** The ids of the rules violated, for a short summary. */
  public static String ruleIds(List<Rule> violations) {
    return violations.stream().map(Rule::getId).collect(Collectors.joining(", "));
  }

  private static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ").strip();
    return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
  }

  /**
   * What axe-core no longer checks but assistive technology relies on: ids that are unique, and
   * every id named by {@code aria-describedby}, {@code aria-labelledby}, {@code label for} and an
   * in-page link present on the page. One line per problem; empty when there is none.
   */
  @SuppressWarnings("unchecked")
  public List<String> brokenReferences() {
    return (List<String>)
        js(
            "const problems = [];"
                + " const show = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "   + (e.name ? '[name=' + e.name + ']' : '');"
                + " const seen = new Map();"
                + " document.querySelectorAll('[id]').forEach(e => seen.set(e.id, (seen.get(e.id) || 0) + 1));"
                + " seen.forEach((n, id) => { if (n > 1) problems.push('id ' + id + ' is used ' + n + ' times'); });"
                + " document.querySelectorAll('[aria-describedby], [aria-labelledby]').forEach(e =>"
                + "   ['aria-describedby', 'aria-labelledby'].forEach(a =>"
                + "     (e.getAttribute(a) || '').split(/\\s+/).filter(Boolean).forEach(id => {"
                + "       if (!document.getElementById(id)) problems.push(a + ' of ' + show(e) + ' names #' + id + ', which is not on the page'); })));"
                + " document.querySelectorAll('label[for]').forEach(l => {"
                + "   if (!document.getElementById(l.htmlFor)) problems.push('label for=' + l.htmlFor + ' names no element'); });"
                + " document.querySelectorAll('a[href^=\"#\"]').forEach(a => {"
                + "   const id = decodeURIComponent(a.getAttribute('href').slice(1));"
                + "   if (id && !document.getElementById(id)) problems.push('link to #' + id + ', which is not on the page'); });"
                + " return problems;");
  }

  // ---- page weight ---------------------------------------------------------------------------

  /**
   * What the current page loaded, from the browser's Resource Timing: one entry per document or
   * resource with its decoded (uncompressed) and transferred sizes in bytes.
   */
  @SuppressWarnings("unchecked")
  public List<Map<String, Object>> loaded() {
    return (List<Map<String, Object>>)
        js(
            "return performance.getEntriesByType('navigation')"
                + ".concat(performance.getEntriesByType('resource'))"
                + ".map(e => ({name: e.name, type: e.initiatorType || e.entryType,"
                + " decoded: e.decodedBodySize, transfer: e.transferSize}));");
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // a temporary directory; the system cleans it eventually
    }
  }
}
