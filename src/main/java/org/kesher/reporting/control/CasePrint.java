package org.kesher.reporting.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.kesher.cases.control.CaseSheet;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;

/**
 * A case printed to PDF as its page shows it to the staff member who prints it: in their language,
 * right to left for Hebrew and Arabic (Arabic shaped into its joined forms), in an embedded font
 * that has both scripts ({@link PrintFonts}), times in Israel's time. Like every PDF, it holds each
 * line's glyphs in the order they stand on the paper; a reader gives the text back in reading order
 * by the Unicode bidirectional algorithm, line by line ({@code CasePrintTest} does, through
 * OpenPDF's own text extraction). A plain class: it needs no container, and logs nothing of a case.
 */
public final class CasePrint {

  private static final float BODY = 10;
  private static final float HEADING = 12.5f;
  private static final float TITLE = 16;
  private static final float SMALL = 8;
  private static final String DOT = " · ";

  /**
   * The case as a PDF.
   *
   * @param texts the staff messages ({@code i18n/staff}) in {@code language}
   * @param printedAt the moment of printing, shown at the foot of each page
   */
  public byte[] print(CaseSheet sheet, Language language, ResourceBundle texts, Instant printedAt) {
    boolean rtl = "rtl".equals(language.direction());
    var print = new Print(rtl, language, texts, PrintFonts.load());
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4, 48, 48, 48, 64);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    if (rtl) {
      writer.addViewerPreference(PdfName.DIRECTION, PdfName.R2L);
    }
    List<String> foot = new ArrayList<>(List.of(sheet.reference()));
    if (!"STANDARD".equals(sheet.confidentiality())) {
      foot.add(print.text("level." + sheet.confidentiality()));
    }
    foot.add(print.text("print.printedAt", Israel.dateTime(language.locale(), printedAt)));
    writer.setPageEvent(print.footer(String.join(DOT, foot)));
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
    document.addTitle(sheet.reference());
    document.open();
    print.head(sheet);
    print.requester(sheet);
    print.answers(sheet.answers());
    print.timeline(sheet.timeline());
    document.add(print.column);
    document.close();
    return out.toByteArray();
  }

  /** One print: the page's column, filled from the top down. */
  private static final class Print {

    final PdfPTable column = new PdfPTable(1);
    private final int direction;
    private final Language language;
    private final ResourceBundle texts;
    private final PrintFonts fonts;

    Print(boolean rtl, Language language, ResourceBundle texts, PrintFonts fonts) {
      this.direction = rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
      this.language = language;
      this.texts = texts;
      this.fonts = fonts;
      column.setWidthPercentage(100);
      column.setRunDirection(direction);
      column.setSplitLate(false);
      column.setSplitRows(true);
    }

    /** The head of the case page: reference and type, status and level, unit, worker, due date. */
    void head(CaseSheet sheet) {
      line(phrase(own(sheet.reference()) + DOT + sheet.type(), fonts.bold(TITLE)), 0);
      line(
          phrase(
              text("status." + sheet.status()) + DOT + text("level." + sheet.confidentiality()),
              fonts.regular(BODY)),
          4);
      fact("queue.unit", sheet.unit());
      fact(
          "queue.assignee",
          blank(sheet.assignee()) ? text("case.unassigned") : own(sheet.assignee()));
      if (sheet.expectedBy() != null) {
        fact("queue.due", date(sheet.expectedBy()));
      }
    }

    /** Who asked: nothing of them for an anonymous case, and no line for what they did not give. */
    void requester(CaseSheet sheet) {
      heading("case.requester");
      if (sheet.anonymous()) {
        line(phrase(text("case.anonymous"), fonts.regular(BODY)), 2);
        return;
      }
      fact("case.name", sheet.requesterName());
      fact("case.phone", sheet.requesterPhone());
      String emailNote = text(sheet.emailSafe() ? "case.emailSafe" : "case.emailNotSafe");
      labelled(text("case.email"), sheet.requesterEmail(), " " + emailNote);
    }

    /** The type's fields and what the resident answered. */
    void answers(List<CaseSheet.Answer> answers) {
      heading("case.answers");
      for (CaseSheet.Answer answer : answers) {
        labelled(answer.label(), answer.value(), "");
      }
    }

    /** Every event, internal ones marked, in the order of the page. */
    void timeline(List<CaseSheet.Entry> timeline) {
      heading("case.timeline");
      for (CaseSheet.Entry e : timeline) {
        var head = new Phrase();
        head.add(chunk(text("event." + e.kind()), fonts.bold(BODY)));
        String actor = blank(e.actor()) ? text("actor." + e.actorKind()) : own(e.actor());
        head.add(chunk(DOT + actor + DOT + date(e.at()), fonts.regular(BODY)));
        if (e.internal()) {
          head.add(chunk(DOT + text("case.internalOnly"), fonts.bold(BODY)));
        }
        if (!blank(e.status())) {
          head.add(chunk(" → " + text("status." + e.status()), fonts.regular(BODY)));
        }
        if (!blank(e.otherCase())) {
          head.add(chunk(DOT + own(e.otherCase()), fonts.regular(BODY)));
        }
        PdfPCell cell = cell(head, 8);
        cell.setBorder(Rectangle.TOP);
        cell.setBorderWidth(0.5f);
        cell.setBorderColor(PrintFonts.GREY);
        column.addCell(cell);
        if (!blank(e.text())) {
          // as the page's <bdi>: the writer's text runs in its own direction
          written(e.text());
        } else if (!blank(e.said())) {
          String value = e.saidValue() == null ? "" : e.saidValue();
          line(phrase(text("timeline." + e.said(), value), fonts.regular(BODY)), 0);
        }
      }
    }

    PdfPageEventHelper footer(String text) {
      return new PdfPageEventHelper() {
        @Override
        public void onEndPage(PdfWriter writer, Document document) {
          var foot = phrase(text + DOT + writer.getPageNumber(), fonts.grey(SMALL));
          float middle = (document.left() + document.right()) / 2;
          PdfContentByte canvas = writer.getDirectContent();
          // page furniture, not the case's text: readers and text extraction pass over it
          var pagination = new PdfDictionary();
          pagination.put(PdfName.TYPE, new PdfName("Pagination"));
          pagination.put(PdfName.SUBTYPE, new PdfName("Footer"));
          canvas.beginMarkedContentSequence(new PdfName("Artifact"), pagination, true);
          ColumnText.showTextAligned(
              canvas, Element.ALIGN_CENTER, foot, middle, document.bottom() - 28, 0, direction, 0);
          canvas.endMarkedContentSequence();
        }
      };
    }

    private void heading(String key) {
      line(phrase(text(key), fonts.bold(HEADING)), 14);
    }

    /** A fact of the case under its label; none when there is nothing to say. */
    private void fact(String key, String value) {
      labelled(text(key), value, "");
    }

    /** A label and its value (in its own direction), then {@code after}; nothing for no value. */
    private void labelled(String label, String value, String after) {
      if (blank(value)) {
        return;
      }
      var phrase = new Phrase();
      phrase.add(chunk(label + ": ", fonts.bold(BODY)));
      phrase.add(chunk(own(value) + after, fonts.regular(BODY)));
      line(phrase, 2);
    }

    private void written(String text) {
      PdfPCell cell = cell(phrase(lines(text), fonts.regular(BODY)), 0);
      cell.setRunDirection(directionOf(text, direction));
      column.addCell(cell);
    }

    private void line(Phrase phrase, float spaceBefore) {
      column.addCell(cell(phrase, spaceBefore));
    }

    /** A line of the column, not yet added (the table adds a copy). */
    private PdfPCell cell(Phrase phrase, float spaceBefore) {
      var cell = new PdfPCell(phrase);
      cell.setBorder(Rectangle.NO_BORDER);
      cell.setRunDirection(direction);
      // 0: shaping only (joined forms and lam-alef), no optional ligatures the font may lack
      cell.setArabicOptions(0);
      cell.setLeading(0, 1.35f);
      cell.setPadding(0);
      cell.setPaddingTop(spaceBefore + 1);
      cell.setPaddingBottom(2);
      return cell;
    }

    private static final com.lowagie.text.SplitCharacter AT_SPACES =
        (start, current, end, chars, chunks) -> Character.isWhitespace(chars[current]);

    /** A run of text in a font, broken only at spaces: a reference or a phone stays whole. */
    private static Chunk chunk(String text, Font font) {
      var chunk = new Chunk(text, font);
      chunk.setSplitCharacter(AT_SPACES);
      return chunk;
    }

    /** Runs broken only at spaces (see chunk); Ethiopic letters in the Ethiopic font. */
    private Phrase phrase(String text, Font font) {
      Phrase phrase = fonts.phrase(text, font);
      phrase.getChunks().forEach(run -> ((Chunk) run).setSplitCharacter(AT_SPACES));
      return phrase;
    }

    private String date(Instant at) {
      return at == null ? "" : Israel.dateTime(language.locale(), at);
    }

    /** A staff message, its {@code {0}} filled in; a missing key reads as itself. */
    String text(String key, Object... args) {
      String pattern = texts.containsKey(key) ? texts.getString(key) : key;
      return args.length == 0
          ? pattern
          : new MessageFormat(pattern, language.locale()).format(args);
    }
  }

  /** The direction of a text by its first letter, as HTML's {@code dir="auto"} finds it. */
  static int directionOf(String text, int otherwise) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      switch (Character.getDirectionality(c)) {
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
          return PdfWriter.RUN_DIRECTION_LTR;
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
          return PdfWriter.RUN_DIRECTION_RTL;
        default:
          i += Character.charCount(c);
      }
    }
    return otherwise;
  }

  /**
   * A value that keeps its own direction inside a line, as in the page's {@code <bdi>}: embedded
   * left to right (LRE) or right to left (RLE) by its first letter, left to right when it has none
   * (a phone number, a reference), up to PDF. Each of its lines is embedded on its own, since an
   * embedding ends with its paragraph.
   */
  static String own(String value) {
    String open =
        directionOf(value, PdfWriter.RUN_DIRECTION_LTR) == PdfWriter.RUN_DIRECTION_RTL
            ? "\u202B"
            : "\u202A";
    return lines(value).lines().map(l -> open + l + "\u202C").collect(Collectors.joining("\n"));
  }

  private static String lines(String text) {
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
