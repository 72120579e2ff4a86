package org.kesher.notify.control;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.kesher.ground.control.ClassPathText;
import org.kesher.ground.control.Language;

/**
 * Mails rendered from Mustache templates (jmustache): a subject and a plain-text body per kind of
 * mail and language, and one HTML layout that sets the language and direction and shows the same
 * paragraphs, escaped, with a link button. Values are never concatenated into a mail by hand.
 */
public final class MailTemplates {

  /** A mail's editable parts: its subject and its body, as Mustache templates. */
  public record Text(String subject, String body) implements java.io.Serializable {}

  /** A mail ready to send: subject, plain text, and the HTML alternative. */
  public record Rendered(String subject, String text, String html)
      implements java.io.Serializable {}

  private static final Mustache.Compiler PLAIN =
      Mustache.compiler().escapeHTML(false).defaultValue("");

  private static final Mustache.Compiler ESCAPED =
      Mustache.compiler().escapeHTML(true).defaultValue("");

  private static final Template LAYOUT =
      ESCAPED.compile(ClassPathText.read("mail/layout.html.mustache"));

  private static final Map<String, Template> COMPILED = new ConcurrentHashMap<>();

  private MailTemplates() {}

  private static ResourceBundle bundle(Language language) {
    return ResourceBundle.getBundle("mail.templates", language.locale());
  }

  /** The shipped template of a kind of mail ({@code RECEIVED}, {@code NEUTRAL}, ...). */
  public static Text shipped(String kind, Language language) {
    ResourceBundle texts = bundle(language);
    return new Text(texts.getString(kind + ".subject"), texts.getString(kind + ".body"));
  }

  /** An example value for previews ({@code example.type} and so on in the bundle). */
  public static String example(String value, Language language) {
    return bundle(language).getString("example." + value);
  }

  /** A service target's name in a mail ({@code target.RESOLUTION} and so on in the bundle). */
  public static String target(String target, Language language) {
    return bundle(language).getString("target." + target);
  }

  /** The kinds of mail that have templates, in the order administrators see them. */
  public static List<String> kinds() {
    return List.of(
        "RECEIVED",
        "REFERRED",
        "STATUS_CHANGED",
        "PUBLIC_REPLY",
        "RESOLVED",
        "REGISTER_CONFIRMATION",
        "PARTY_INVITED",
        "PARTY_REPLY",
        "SESSION_SCHEDULED",
        "SESSION_RESCHEDULED",
        "SESSION_CANCELLED",
        "NEUTRAL",
        "ASSIGNED_TO_YOU",
        "REFERRED_TO_YOUR_UNIT",
        "TARGET_WARNING",
        "TARGET_BREACHED",
        "STAFF_NEUTRAL");
  }

  /**
   * Checks that a template compiles.
   *
   * @return the problem, or null
   */
  public static String problemWith(String template) {
    try {
      PLAIN.compile(template);
      return null;
    } catch (RuntimeException e) {
      return e.getMessage();
    }
  }

  /**
   * Renders a mail.
   *
   * @param link the page the mail leads to, shown as a button in the HTML part (may be null)
   * @param forStaff whether the link leads to the staff pages (its label differs)
   */
  public static Rendered render(
      Text text, Language language, Map<String, ?> values, String link, boolean forStaff) {
    return render(text, language, values, link, forStaff ? "link.staff" : "link.resident");
  }

  /** The same, with the link's label named by its key in the templates ({@code link.staff}). */
  public static Rendered render(
      Text text, Language language, Map<String, ?> values, String link, String linkLabel) {
    String subject =
        compiled(text.subject()).execute(values).replaceAll("[\\r\\n\\t]+", " ").strip();
    String body = compiled(text.body()).execute(values).strip();
    ResourceBundle texts = bundle(language);
    String footer = texts.getString("footer");
    Map<String, Object> page = new HashMap<>();
    page.put("lang", language.code());
    page.put("dir", language.direction());
    page.put("align", "rtl".equals(language.direction()) ? "right" : "left");
    page.put("subject", subject);
    page.put(
        "paragraphs",
        Arrays.stream(body.split("\\n\\s*\\n"))
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .toList());
    page.put("link", link);
    page.put("linkLabel", texts.getString(linkLabel));
    page.put("footer", footer);
    return new Rendered(subject, body + "\n\n-- \n" + footer + "\n", LAYOUT.execute(page));
  }

  private static Template compiled(String template) {
    return COMPILED.computeIfAbsent(template, PLAIN::compile);
  }
}
