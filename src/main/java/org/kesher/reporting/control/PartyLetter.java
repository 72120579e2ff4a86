package org.kesher.reporting.control;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.List;
import java.util.ResourceBundle;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;

/**
 * A letter to a party of a case, for a neighbour who gave no email: in the party's language (right
 * to left in Hebrew and Arabic), with their own name, the inviting unit, the mediator's words to
 * them, the reference and their tracking code, and how to open the tracking page. Nothing of the
 * requester or of any other party is given to it. A plain class, like {@link CasePrint}.
 */
public final class PartyLetter {

  private static final float BODY = 11;
  private static final float TITLE = 16;
  private static final float CODE = 15;

  /**
   * What the letter says.
   *
   * @param trackingUrl the public tracking page's address
   */
  public record Content(
      String reference,
      String unit,
      String name,
      Language language,
      String invitation,
      String code,
      String trackingUrl) {}

  /** The letter as a PDF, dated {@code printedAt} in Israel's time. */
  public byte[] print(Content letter, Instant printedAt) {
    Language language = letter.language();
    ResourceBundle texts = ResourceBundle.getBundle("i18n.texts", language.locale());
    boolean rtl = "rtl".equals(language.direction());
    int direction = rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
    PrintFonts fonts = PrintFonts.load();
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4, 64, 64, 64, 64);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    if (rtl) {
      writer.addViewerPreference(PdfName.DIRECTION, PdfName.R2L);
    }
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
    document.addTitle(texts.getString("letter.title"));
    document.open();
    var column = new PdfPTable(1);
    column.setWidthPercentage(100);
    column.setRunDirection(direction);
    add(fonts, column, direction, Israel.date(language.locale(), printedAt), fonts.grey(BODY), 0);
    add(fonts, column, direction, letter.unit(), fonts.bold(BODY), 12);
    add(
        fonts,
        column,
        direction,
        format(texts, "letter.to", CasePrint.own(letter.name())),
        fonts.regular(BODY),
        18);
    add(fonts, column, direction, texts.getString("letter.title"), fonts.bold(TITLE), 18);
    add(
        fonts,
        column,
        direction,
        format(texts, "letter.invites", letter.unit()),
        fonts.regular(BODY),
        10);
    if (letter.invitation() != null && !letter.invitation().isBlank()) {
      add(
          fonts,
          column,
          CasePrint.directionOf(letter.invitation(), direction),
          letter.invitation(),
          fonts.regular(BODY),
          10);
    }
    add(fonts, column, direction, texts.getString("letter.voluntary"), fonts.regular(BODY), 10);
    add(
        fonts,
        column,
        direction,
        format(texts, "letter.how", CasePrint.own(letter.trackingUrl())),
        fonts.regular(BODY),
        14);
    add(
        fonts,
        column,
        direction,
        texts.getString("track.reference") + ": " + CasePrint.own(letter.reference()),
        fonts.bold(CODE),
        10);
    add(
        fonts,
        column,
        direction,
        texts.getString("track.code") + ": " + CasePrint.own(letter.code()),
        fonts.bold(CODE),
        4);
    add(fonts, column, direction, texts.getString("letter.keep"), fonts.regular(BODY), 12);
    document.add(column);
    document.close();
    return out.toByteArray();
  }

  /** A page of a session's letters: to whom, in their language, from which unit. */
  public record SessionPage(String name, Language language, String unit) {}

  /**
   * A session's news on paper: a page for each participant whom mail does not reach, each in their
   * own language and addressed to them alone, with the session's day, time and place.
   */
  public byte[] sessionLetters(
      String reference,
      boolean cancelled,
      String notice,
      List<SessionPage> pages,
      String trackingUrl,
      Instant printedAt) {
    PrintFonts fonts = PrintFonts.load();
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4, 64, 64, 64, 64);
    PdfWriter.getInstance(document, out);
    document.addTitle(reference);
    document.open();
    for (SessionPage page : pages) {
      Language language = page.language();
      ResourceBundle texts = ResourceBundle.getBundle("i18n.texts", language.locale());
      int direction =
          "rtl".equals(language.direction())
              ? PdfWriter.RUN_DIRECTION_RTL
              : PdfWriter.RUN_DIRECTION_LTR;
      var column = new PdfPTable(1);
      column.setWidthPercentage(100);
      column.setRunDirection(direction);
      add(fonts, column, direction, Israel.date(language.locale(), printedAt), fonts.grey(BODY), 0);
      add(fonts, column, direction, page.unit(), fonts.bold(BODY), 12);
      add(
          fonts,
          column,
          direction,
          format(texts, "letter.to", CasePrint.own(page.name())),
          fonts.regular(BODY),
          18);
      add(
          fonts,
          column,
          direction,
          texts.getString(cancelled ? "letter.session.cancelled" : "letter.session.title"),
          fonts.bold(TITLE),
          18);
      add(
          fonts,
          column,
          direction,
          format(
              texts,
              cancelled ? "letter.session.introCancelled" : "letter.session.intro",
              page.unit(),
              CasePrint.own(reference)),
          fonts.regular(BODY),
          10);
      add(fonts, column, CasePrint.directionOf(notice, direction), notice, fonts.bold(BODY), 8);
      add(
          fonts,
          column,
          direction,
          format(texts, "letter.session.track", CasePrint.own(trackingUrl)),
          fonts.regular(BODY),
          14);
      document.add(column);
      document.newPage();
    }
    document.close();
    return out.toByteArray();
  }

  static String format(ResourceBundle texts, String key, Object... args) {
    return MessageFormat.format(texts.getString(key).replace("'", "''"), args);
  }

  static void add(
      PrintFonts fonts,
      PdfPTable column,
      int direction,
      String text,
      Font font,
      float spaceBefore) {
    var cell = new PdfPCell(fonts.phrase(text.replace("\r\n", "\n"), font));
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setRunDirection(direction);
    cell.setArabicOptions(0);
    cell.setLeading(0, 1.4f);
    cell.setPadding(0);
    cell.setPaddingTop(spaceBefore + 1);
    cell.setPaddingBottom(2);
    column.addCell(cell);
  }
}
