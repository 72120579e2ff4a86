package org.kesher.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.text.Bidi;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kesher.ground.control.Language;

/**
 * The letters Kesher prints for residents, read back with the PDF library as a reader reads them: a
 * party's invitation, a session's letters and a defaulting owner's letter, in Hebrew, Arabic and
 * English, each with only its own addressee's data.
 */
class LettersTest {

  private static final Instant AT = Instant.parse("2026-12-07T08:00:00Z");

  @Test
  void aPartysLetterHoldsTheirNameAndCodeInTheirLanguageAndNothingElseOfTheCase() throws Exception {
    for (Language language : Language.values()) {
      byte[] pdf =
          new PartyLetter()
              .print(
                  new PartyLetter.Content(
                      "KS-2026-000321",
                      unit(language),
                      "Yossi Levi",
                      language,
                      "שלום, נשמח להיפגש",
                      "ABCD-EFGH-JKMN-PQRS",
                      "https://kesher.example/track.xhtml"),
                  AT);
      String read = readBack(pdf, language);
      ResourceBundle texts = ResourceBundle.getBundle("i18n.texts", language.locale());
      assertTrue(read.contains(texts.getString("letter.title")), language + ": " + read);
      assertTrue(read.contains("Yossi Levi"), "the party's own name: " + read);
      assertTrue(read.contains("ABCD-EFGH-JKMN-PQRS"), "their code: " + read);
      assertTrue(read.contains("KS-2026-000321"), read);
      assertTrue(read.contains("שלום, נשמח להיפגש"), "the mediator's words: " + read);
      assertEquals(
          language.code(),
          new PdfReader(pdf).getCatalog().getAsString(PdfName.LANG).toUnicodeString());
    }
  }

  @Test
  void aSessionsLettersHaveAPageForEachAddresseeInTheirOwnLanguage() throws Exception {
    byte[] pdf =
        new PartyLetter()
            .sessionLetters(
                "KS-2026-000321",
                false,
                "03.02.2030 18:15 (90') · המתנ\"ס · Dana Cohen",
                List.of(
                    new PartyLetter.SessionPage("Amal Haddad", Language.AR, unit(Language.AR)),
                    new PartyLetter.SessionPage("Rina Cohen", Language.HE, unit(Language.HE))),
                "https://kesher.example/track.xhtml",
                AT);
    var reader = new PdfReader(pdf);
    assertEquals(2, reader.getNumberOfPages());
    var extractor = new PdfTextExtractor(reader);
    String first = inReadingOrder(extractor.getTextFromPage(1), Language.AR);
    String second = inReadingOrder(extractor.getTextFromPage(2), Language.HE);
    assertTrue(first.contains("Amal Haddad") && !first.contains("Rina Cohen"), first);
    assertTrue(second.contains("Rina Cohen") && !second.contains("Amal Haddad"), second);
    assertTrue(first.contains("03.02.2030 18:15") && second.contains("03.02.2030 18:15"));
  }

  @Test
  void aDefaultingOwnersLetterFollowsItsTemplateInTheChosenLanguage() throws Exception {
    for (Language language : Language.values()) {
      byte[] pdf =
          new OwnerLetter()
              .print(
                  new OwnerLetter.Content(
                      "SECOND_NOTICE",
                      language,
                      unit(language),
                      "Moshe Owner",
                      "4",
                      "הרצל 12, חיפה"),
                  AT);
      String read = readBack(pdf, language);
      ResourceBundle texts = ResourceBundle.getBundle("i18n.texts", language.locale());
      assertTrue(
          read.contains(texts.getString("owner.letter.SECOND_NOTICE.title")), language + read);
      assertTrue(read.contains("Moshe Owner"), read);
      assertTrue(read.contains("הרצל 12, חיפה"), "the building: " + read);
      assertFalse(read.contains(texts.getString("owner.letter.FINAL_NOTICE.title")), "one letter");
    }
  }

  private static String unit(Language language) {
    return switch (language) {
      case HE -> "שירות הגישור";
      case AR -> "خدمة الوساطة";
      case EN -> "Mediation Service";
      case RU -> "Служба медиации";
      case AM -> "የሽምግልና አገልግሎት";
    };
  }

  private static String inReadingOrder(String text, Language language) {
    int direction =
        "rtl".equals(language.direction())
            ? Bidi.DIRECTION_RIGHT_TO_LEFT
            : Bidi.DIRECTION_LEFT_TO_RIGHT;
    return text.lines()
        .map(line -> CasePrintTest.inReadingOrder(line, direction))
        .collect(Collectors.joining(" "));
  }

  /** The letter's text as a reader reads it, each line in reading order. */
  private static String readBack(byte[] pdf, Language language) throws Exception {
    var reader = new PdfReader(pdf);
    var extractor = new PdfTextExtractor(reader);
    var text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    int direction =
        "rtl".equals(language.direction())
            ? Bidi.DIRECTION_RIGHT_TO_LEFT
            : Bidi.DIRECTION_LEFT_TO_RIGHT;
    String lines =
        text.toString()
            .lines()
            .map(line -> CasePrintTest.inReadingOrder(line, direction))
            .collect(Collectors.joining(" "));
    return Normalizer.normalize(lines, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
  }
}
