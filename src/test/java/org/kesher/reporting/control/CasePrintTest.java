package org.kesher.reporting.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.text.Bidi;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.kesher.cases.control.CaseSheet;
import org.kesher.cases.control.CaseSheet.Answer;
import org.kesher.cases.control.CaseSheet.Entry;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;

/**
 * A case printed in each language, read back with OpenPDF's own text extraction. A PDF holds each
 * line's glyphs in the order they stand on the paper, so the reading puts every extracted line back
 * into reading order with the Unicode bidirectional algorithm in the print's direction (as PDF
 * readers do) and Arabic's joined forms back into letters: a print whose words stood in the wrong
 * order on the paper would read back scrambled here.
 */
class CasePrintTest {

  private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z"); // 10:00 in Israel

  private final CasePrint print = new CasePrint();

  @Test
  void aHebrewCaseReadsBackInItsOrder() throws IOException {
    var texts = texts(Language.HE);
    List<String> said =
        List.of(
            "אני מבקשת עזרה בגישור עם השכן מהקומה העליונה",
            "שוחחתי עם השכן והוא מוכן להיפגש בשבוע הבא",
            "קבענו פגישת גישור ביום שלישי בשעה חמש");
    var sheet =
        sheet(
            "גישור בין שכנים",
            "יחידת הגישור",
            "דנה כהן",
            false,
            "רחל לוי",
            "050-1234567",
            null,
            List.of(
                new Answer("תיאור הבקשה", "השכן בקומה העליונה מרעיש כל לילה אחרי חצות"),
                new Answer("כתובת", "רחוב הרצל 12 חיפה")),
            List.of(
                entry(AT, "CREATED", null, "RESIDENT", said.get(0), null, false),
                said(AT.plusSeconds(60), "ROUTED", "routedByRule", "גישור · חיפה"),
                entry(
                    AT.plusSeconds(3600),
                    "INTERNAL_NOTE",
                    "דנה כהן",
                    null,
                    said.get(1),
                    null,
                    true),
                entry(
                    AT.plusSeconds(7200),
                    "PUBLIC_REPLY",
                    "דנה כהן",
                    null,
                    said.get(2),
                    null,
                    false)));

    byte[] pdf = print.print(sheet, Language.HE, texts, AT.plusSeconds(86_400));
    String read = readBack(pdf, Bidi.DIRECTION_RIGHT_TO_LEFT);

    assertTrue(
        read.contains("KS-2026-000123 · גישור בין שכנים"), "the title, in its order:\n" + read);
    assertTrue(read.contains("השכן בקומה העליונה מרעיש כל לילה אחרי חצות"), read);
    assertTrue(read.contains("כתובת: רחוב הרצל 12 חיפה"), read);
    assertTrue(read.contains(texts.getString("case.name") + ": רחל לוי"), read);
    assertTrue(read.contains("050-1234567"), read);
    assertFalse(read.contains(texts.getString("case.email") + ":"), "no email was given");
    assertTrue(read.contains(Israel.dateTime(Language.HE.locale(), AT)), "Israel's time: " + read);
    assertTrue(read.contains("ניתוב לפי כלל: גישור · חיפה"), "Kesher's words, formatted: " + read);
    assertTrue(read.contains(texts.getString("case.internalOnly")), "the internal note is marked");
    assertInOrder(read, said);
    assertFontsEmbedded(pdf);
    assertFalse(
        extracted(pdf).contains(said.get(0)),
        "the glyphs stand as on the paper: it is the bidi pass that gives the reading order");
  }

  @Test
  void anArabicCaseReadsBackInItsOrderAndShowsNoOneForAnAnonymousRequester() throws IOException {
    var texts = texts(Language.AR);
    List<String> said =
        List.of(
            "الجار لا يسمح لنا بالنوم في الليل",
            "تحدثت مع الجار وهو مستعد للقاء",
            "حددنا موعدا للوساطة يوم الثلاثاء");
    var sheet =
        sheet(
            "وساطة بين الجيران",
            "وحدة الوساطة",
            null,
            true,
            "سلمى حداد",
            null,
            null,
            List.of(new Answer("وصف الطلب", "الضجيج يستمر كل ليلة بعد منتصف الليل")),
            List.of(
                entry(AT, "CREATED", null, "RESIDENT", said.get(0), null, false),
                entry(
                    AT.plusSeconds(3600),
                    "INTERNAL_NOTE",
                    "سامي خوري",
                    null,
                    said.get(1),
                    null,
                    true),
                entry(
                    AT.plusSeconds(7200),
                    "PUBLIC_REPLY",
                    "سامي خوري",
                    null,
                    said.get(2),
                    "IN_PROGRESS",
                    false)));

    byte[] pdf = print.print(sheet, Language.AR, texts, AT.plusSeconds(86_400));
    String read = readBack(pdf, Bidi.DIRECTION_RIGHT_TO_LEFT);

    assertTrue(read.contains("KS-2026-000123 · وساطة بين الجيران"), "the title:\n" + read);
    assertTrue(read.contains("وصف الطلب: الضجيج يستمر كل ليلة بعد منتصف الليل"), read);
    assertTrue(read.contains(texts.getString("case.unassigned")), read);
    assertTrue(read.contains(texts.getString("case.anonymous")), read);
    assertFalse(read.contains("سلمى"), "an anonymous requester's name is not printed");
    assertFalse(read.contains(texts.getString("case.name") + ":"), read);
    assertTrue(read.contains(texts.getString("status.IN_PROGRESS")), read);
    assertTrue(
        extracted(pdf).chars().anyMatch(c -> c >= 0xFE70 && c <= 0xFEFC),
        "Arabic is shaped into its joined forms");
    assertInOrder(read, said);
    assertFontsEmbedded(pdf);
  }

  @Test
  void anEnglishCaseReadsBackInItsOrderOverPages() throws IOException {
    var texts = texts(Language.EN);
    String longNote =
        IntStream.rangeClosed(1, 150)
            .mapToObj(i -> "Line " + i + " of a long internal note.")
            .collect(Collectors.joining(" "));
    List<String> said =
        List.of(
            "My neighbour plays loud music every night after midnight",
            longNote,
            "We set a mediation meeting for Tuesday at five");
    var sheet =
        sheet(
            "Neighbour mediation",
            "Mediation unit",
            "Dana Cohen",
            false,
            " ",
            null,
            "rachel@example.org",
            List.of(
                new Answer("Description", "The neighbour upstairs is loud"),
                new Answer("Street", "רחוב הרצל 12 חיפה")),
            List.of(
                entry(AT, "CREATED", null, "RESIDENT", said.get(0), null, false),
                entry(
                    AT.plusSeconds(3600),
                    "INTERNAL_NOTE",
                    "Dana Cohen",
                    null,
                    said.get(1),
                    null,
                    true),
                entry(
                    AT.plusSeconds(7200),
                    "PUBLIC_REPLY",
                    "Dana Cohen",
                    null,
                    said.get(2),
                    null,
                    false)));

    byte[] pdf = print.print(sheet, Language.EN, texts, AT.plusSeconds(86_400));
    String read = readBack(pdf, Bidi.DIRECTION_LEFT_TO_RIGHT);

    assertTrue(new PdfReader(pdf).getNumberOfPages() > 1, "the long note runs over a page");
    assertTrue(read.contains("KS-2026-000123 · Neighbour mediation"), read);
    assertTrue(read.contains("Street: רחוב הרצל 12 חיפה"), "Hebrew in an English line: " + read);
    assertTrue(
        read.contains("Email: rachel@example.org " + texts.getString("case.emailSafe")), read);
    assertFalse(read.contains(texts.getString("case.name") + ":"), "a blank name has no line");
    assertTrue(read.contains(Israel.dateTime(Language.EN.locale(), AT)), read);
    assertTrue(read.contains("10:00"), "Israel's time: " + read);
    assertInOrder(read, said);
    assertFontsEmbedded(pdf);
  }

  /** The print's text as a reader reads it: each line in reading order, whitespace as one space. */
  private static String readBack(byte[] pdf, int direction) throws IOException {
    String lines =
        extracted(pdf)
            .lines()
            .map(line -> inReadingOrder(line, direction))
            .collect(Collectors.joining("\n"));
    // Arabic's joined forms (and lam-alef) back into its letters
    return Normalizer.normalize(lines, Normalizer.Form.NFKC).replaceAll("\\s+", " ");
  }

  private static String extracted(byte[] pdf) throws IOException {
    var reader = new PdfReader(pdf);
    var extractor = new PdfTextExtractor(reader);
    var text = new StringBuilder();
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      text.append(extractor.getTextFromPage(page)).append('\n');
    }
    return text.toString();
  }

  /**
   * A line as it stands on the paper (left to right), in reading order: the runs of the Unicode
   * bidirectional algorithm put back in order, right-to-left runs turned round and their brackets
   * mirrored back.
   */
  static String inReadingOrder(String line, int direction) {
    var bidi = new Bidi(line, direction);
    if (bidi.isLeftToRight()) {
      return line;
    }
    int runs = bidi.getRunCount();
    byte[] levels = new byte[runs];
    Integer[] order = new Integer[runs];
    for (int i = 0; i < runs; i++) {
      levels[i] = (byte) bidi.getRunLevel(i);
      order[i] = i;
    }
    Bidi.reorderVisually(levels, 0, order, 0, runs);
    var out = new StringBuilder();
    for (int run : order) {
      String text = line.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
      if ((levels[run] & 1) == 0) {
        out.append(text);
      } else {
        for (int i = text.length() - 1; i >= 0; i--) {
          out.append(mirrored(text.charAt(i)));
        }
      }
    }
    return out.toString();
  }

  private static char mirrored(char c) {
    String pairs = "()[]{}<>";
    int i = pairs.indexOf(c);
    return i < 0 ? c : pairs.charAt(i ^ 1);
  }

  private static void assertInOrder(String read, List<String> texts) {
    int from = 0;
    for (String text : texts) {
      int at = read.indexOf(text, from);
      assertTrue(at >= from, "\"" + text + "\" after the one before it, in:\n" + read);
      from = at + text.length();
    }
  }

  /** Every font of every page is a TrueType font embedded in the file (FontFile2). */
  private static void assertFontsEmbedded(byte[] pdf) throws IOException {
    var reader = new PdfReader(pdf);
    for (int page = 1; page <= reader.getNumberOfPages(); page++) {
      PdfDictionary fonts =
          reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
      assertNotNull(fonts, "page " + page + " has fonts");
      for (PdfName name : fonts.getKeys()) {
        PdfDictionary font = fonts.getAsDict(name);
        assertEquals(PdfName.TYPE0, font.getAsName(PdfName.SUBTYPE));
        assertTrue(font.getAsName(PdfName.BASEFONT).toString().contains("DejaVuSans"));
        PdfDictionary descriptor =
            font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
        assertNotNull(descriptor.get(PdfName.FONTFILE2), name + " is embedded");
      }
    }
  }

  private static ResourceBundle texts(Language language) {
    return ResourceBundle.getBundle("i18n.staff", language.locale());
  }

  private static CaseSheet sheet(
      String type,
      String unit,
      String assignee,
      boolean anonymous,
      String name,
      String phone,
      String email,
      List<Answer> answers,
      List<Entry> timeline) {
    return new CaseSheet(
        "KS-2026-000123",
        3,
        type,
        unit,
        null,
        "IN_PROGRESS",
        assignee,
        AT,
        "RESTRICTED",
        anonymous,
        name,
        phone,
        email,
        true,
        answers,
        timeline,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static Entry entry(
      Instant at,
      String kind,
      String actor,
      String actorKind,
      String text,
      String status,
      boolean internal) {
    return new Entry(
        at, kind, actor, actorKind, status, text, null, null, internal, null, false, null);
  }

  private static Entry said(Instant at, String kind, String key, String value) {
    return new Entry(at, kind, null, "SYSTEM", null, null, key, value, false, null, false, null);
  }
}
