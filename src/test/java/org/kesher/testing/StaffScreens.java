package org.kesher.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;

/**
 * What every staff page must be, checked on the page a browser shows: written in the staff member's
 * language (no enum names, no missing-key markers, no English words in a Hebrew or Arabic page
 * beyond names that stay Latin), readable without scrolling sideways from 1024 px wide down to a
 * phone (390 px), and kept as a screenshot under {@code target/staff-screens/} for a reviewer.
 */
public final class StaffScreens {

  /** Where the screenshots go: one folder a language, one file a role and page. */
  public static final Path SHOTS = Path.of("target", "staff-screens");

  /** The widths no staff page may scroll sideways at: a small laptop and a phone. */
  public static final List<Integer> WIDTHS = List.of(1024, 390);

  /** An enum's name or a constant: four or more capitals and underscores. */
  private static final Pattern ENUM_LIKE = Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b");

  /** A Latin word of two or more letters. */
  private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z'’]+");

  /**
   * What may stay Latin in a Hebrew or Arabic page: a reference, an email address, a web address, a
   * file name, a time zone or a number format's letters.
   */
  private static final Pattern LATIN_ALLOWED =
      Pattern.compile(
          "KS-\\d{4}-\\d+|[\\w.+-]+@[\\w.-]+|https?://\\S+|[\\w-]+\\.(?:pdf|png|jpe?g|txt)\\b");

  /**
   * Names that stay Latin in every language: the language menu names English in English, and the
   * file formats a resident may attach or a staff member may export are known by their Latin names.
   */
  private static final Set<String> LATIN_NAMES =
      Set.of("English", "PDF", "PNG", "JPEG", "DOCX", "Word", "MB", "CSV", "XLSX", "Excel");

  private StaffScreens() {}

  /**
   * The words of the page shown now that are not in {@code language}: its visible text, its title
   * and the labels only a screen reader reads. Text marked as data with {@code class="identifier"}
   * (a unit's code, a request type's code) is left out, as is text in another {@code lang}.
   */
  public static List<String> foreignWords(Browser b, String language) {
    @SuppressWarnings("unchecked")
    List<String> read = (List<String>) b.js(READ_TEXT);
    // the labels name data (a username, a reply's title) that is in bdi where it is shown
    String shown = LATIN_ALLOWED.matcher(read.get(0)).replaceAll(" ");
    String everything = shown + "\n" + LATIN_ALLOWED.matcher(read.get(1)).replaceAll(" ");
    List<String> problems = new ArrayList<>();
    var enums = ENUM_LIKE.matcher(everything);
    while (enums.find()) {
      if (!LATIN_NAMES.contains(enums.group())) {
        problems.add("an enum-like word: " + enums.group());
      }
    }
    int missing = everything.indexOf("???");
    if (missing >= 0) {
      problems.add(
          "a missing message key: "
              + everything.substring(
                  Math.max(0, missing - 30), Math.min(everything.length(), missing + 40)));
    }
    if (!language.equals("en")) {
      var latin = LATIN_WORD.matcher(shown);
      while (latin.find()) {
        if (!LATIN_NAMES.contains(latin.group()) && !isEnumLike(latin.group())) {
          problems.add("an English word in a " + language + " page: " + latin.group());
        }
      }
    }
    return problems.stream().distinct().toList();
  }

  private static boolean isEnumLike(String word) {
    return ENUM_LIKE.matcher(word).matches();
  }

  /**
   * Reads the page's title and visible text, with what is marked as data (in {@code bdi}, with
   * {@code class="identifier"}, or in another {@code lang}) hidden while it is read; and the labels
   * only a screen reader reads.
   */
  private static final String READ_TEXT =
      "var lang = document.documentElement.lang;"
          + "var data = Array.from(document.querySelectorAll('bdi, .identifier, .sample, [lang]'))"
          + ".filter(function (e) { return e !== document.documentElement"
          + " && (e.tagName === 'BDI' || e.classList.contains('identifier')"
          + " || e.classList.contains('sample')"
          + " || e.getAttribute('lang') !== lang); });"
          + "var kept = data.map(function (e) { return e.style.visibility; });"
          + "data.forEach(function (e) { e.style.visibility = 'hidden'; });"
          + "var shown = document.title + '\\n' + document.body.innerText;"
          + "data.forEach(function (e, i) { e.style.visibility = kept[i]; });"
          + "var labels = Array.from(document.querySelectorAll('[aria-label], [title],"
          + " [placeholder], img[alt]')).map(function (e) { return [e.getAttribute('aria-label'),"
          + " e.getAttribute('title'), e.getAttribute('placeholder'), e.getAttribute('alt')]"
          + ".filter(Boolean).join(' '); });"
          + "return [shown, labels.join('\\n')];";

  /** The element that reaches furthest past the page's edge, as a short description. */
  private static final String WIDEST =
      "var edge = document.documentElement.clientWidth; var worst = null; var most = 0;"
          + "document.querySelectorAll('body *').forEach(function (e) {"
          + " var r = e.getBoundingClientRect();"
          + " var over = Math.max(r.right - edge, -r.left);"
          + " if (r.width > 0 && over > most) { most = over; worst = e; } });"
          + "return worst === null ? 'nothing sticks out' : worst.tagName.toLowerCase()"
          + " + (worst.id ? '#' + worst.id : '') + (worst.className && worst.className.baseVal"
          + " === undefined ? '.' + worst.className.trim().split(/\\s+/).join('.') : '')"
          + " + ' by ' + Math.round(most) + ' px';";

  /**
   * The widths of {@link #WIDTHS} at which the page shown now scrolls sideways, with how far; the
   * window is put back as it was.
   */
  public static List<String> sidewaysScrolling(Browser b) {
    var window = b.driver().manage().window();
    Dimension before = window.getSize();
    List<String> problems = new ArrayList<>();
    try {
      for (int width : WIDTHS) {
        window.setSize(new Dimension(width, 900));
        Number wider =
            (Number)
                b.js(
                    "return document.documentElement.scrollWidth"
                        + " - document.documentElement.clientWidth;");
        if (wider.intValue() > 0) {
          problems.add(
              "scrolls sideways by " + wider + " px at " + width + " px wide: " + b.js(WIDEST));
        }
      }
    } finally {
      window.setSize(before);
    }
    return problems;
  }

  /**
   * Saves the page as a phone shows it (390 px wide, loaded again at that width so that the menu
   * folds as it does on a phone), as {@code <name>-phone.png}. The page must have come by GET.
   */
  public static void phoneScreenshot(Browser b, String language, String name) throws IOException {
    var window = b.driver().manage().window();
    Dimension before = window.getSize();
    try {
      window.setSize(new Dimension(390, 844));
      b.driver().navigate().refresh();
      Path file = SHOTS.resolve(language).resolve(name + "-phone.png");
      Files.createDirectories(file.getParent());
      Files.copy(
          b.driver().getScreenshotAs(OutputType.FILE).toPath(),
          file,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      window.setSize(before);
    }
  }

  /**
   * Saves what the browser shows as {@code target/staff-screens/<language>/<name>.png}, and the
   * page's markup beside it ({@code .html}) for a reviewer who wants to see why.
   */
  public static void screenshot(Browser b, String language, String name) throws IOException {
    Path file = SHOTS.resolve(language).resolve(name + ".png");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file.resolveSibling(name + ".html"),
        b.driver().getPageSource(),
        java.nio.charset.StandardCharsets.UTF_8);
    Files.copy(
        b.driver().getScreenshotAs(OutputType.FILE).toPath(),
        file,
        StandardCopyOption.REPLACE_EXISTING);
  }
}
