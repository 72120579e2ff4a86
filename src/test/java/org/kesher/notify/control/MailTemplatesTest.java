package org.kesher.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.kesher.ground.control.Language;

class MailTemplatesTest {

  private static final Map<String, Object> VALUES =
      Map.of(
          "reference", "KS-2026-000123",
          "type", "Rights <b>& benefits</b>",
          "unit", "Rights Center",
          "status", "In progress",
          "trackingCode", "ABCD-EFGH-JKLM-NPQR",
          "trackingUrl", "https://kesher.example/track.xhtml?ref=KS-2026-000123",
          "reply", "Line one\nline two",
          "reopenDays", 14,
          "name", "Dana",
          "caseUrl", "https://kesher.example/staff/case.xhtml?ref=KS-2026-000123");

  @Test
  void everyKindRendersInEveryLanguageWithItsDirectionAndTheReference() {
    for (Language language : Language.values()) {
      for (String kind : MailTemplates.kinds()) {
        var mail =
            MailTemplates.render(
                MailTemplates.shipped(kind, language),
                language,
                VALUES,
                "https://x.example",
                false);
        assertTrue(mail.subject().contains("KS-2026-000123"), kind + " " + language);
        assertFalse(mail.subject().contains("\n"), "one line");
        assertTrue(mail.text().contains("KS-2026-000123"), kind + " " + language);
        assertFalse(mail.text().contains("{{"), "every value filled: " + kind);
        assertTrue(
            mail.html().contains("dir=\"" + language.direction() + "\""), kind + " " + language);
        assertTrue(mail.html().contains("lang=\"" + language.code() + "\""));
      }
    }
  }

  @Test
  void valuesAreEscapedInHtmlAndTheNeutralMailNamesNothingButTheReference() {
    var mail =
        MailTemplates.render(
            MailTemplates.shipped("RECEIVED", Language.EN), Language.EN, VALUES, null, false);
    assertTrue(mail.html().contains("Rights &lt;b&gt;&amp; benefits&lt;/b&gt;"), mail.html());
    assertFalse(mail.html().contains("<b>"));
    assertTrue(mail.text().contains("Rights <b>& benefits</b>"), "plain text stays plain");
    for (Language language : Language.values()) {
      var neutral =
          MailTemplates.render(
              MailTemplates.shipped("NEUTRAL", language), language, VALUES, null, false);
      String all = neutral.subject() + neutral.text() + neutral.html();
      for (String secret : new String[] {"Rights", "benefits", "ABCD-EFGH", "In progress"}) {
        assertFalse(all.contains(secret), language + " neutral mail shows " + secret);
      }
    }
  }

  @Test
  void aBrokenTemplateIsNamed() {
    assertNull(MailTemplates.problemWith("Hello {{name}}"));
    assertEquals(true, MailTemplates.problemWith("Hello {{#name}}") != null);
  }
}
