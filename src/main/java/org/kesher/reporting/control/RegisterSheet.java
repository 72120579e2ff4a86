package org.kesher.reporting.control;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;

/**
 * A settlement's emergency special-needs register printed for door-to-door work: the team, the day,
 * and a table of the households in the order given (street, then house), landscape, in the staff
 * member's language (right to left in Hebrew and Arabic). A plain class.
 */
public final class RegisterSheet {

  private static final float BODY = 9;
  private static final float TITLE = 14;

  /** The sheet's title and the households' rows, each as many cells as {@code header}. */
  public record Content(
      Language language, String title, List<String> header, List<List<String>> rows) {}

  public byte[] print(Content sheet, Instant printedAt) {
    Language language = sheet.language();
    int direction =
        "rtl".equals(language.direction())
            ? PdfWriter.RUN_DIRECTION_RTL
            : PdfWriter.RUN_DIRECTION_LTR;
    PrintFonts fonts = PrintFonts.load();
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    if (direction == PdfWriter.RUN_DIRECTION_RTL) {
      writer.addViewerPreference(PdfName.DIRECTION, PdfName.R2L);
    }
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
    document.addTitle(sheet.title());
    document.open();
    var heading = new PdfPTable(1);
    heading.setWidthPercentage(100);
    heading.setRunDirection(direction);
    PartyLetter.add(fonts, heading, direction, sheet.title(), fonts.bold(TITLE), 0);
    PartyLetter.add(
        fonts, heading, direction, Israel.date(language.locale(), printedAt), fonts.grey(BODY), 4);
    document.add(heading);
    var table = new PdfPTable(sheet.header().size());
    table.setWidthPercentage(100);
    table.setSpacingBefore(12);
    table.setRunDirection(direction);
    table.setHeaderRows(1);
    for (String title : sheet.header()) {
      table.addCell(cell(fonts, direction, title, true));
    }
    for (List<String> row : sheet.rows()) {
      for (String value : row) {
        table.addCell(cell(fonts, direction, value, false));
      }
    }
    document.add(table);
    document.close();
    return out.toByteArray();
  }

  private static PdfPCell cell(PrintFonts fonts, int direction, String text, boolean head) {
    var cell =
        new PdfPCell(
            fonts.phrase(text == null ? "" : text, head ? fonts.bold(BODY) : fonts.regular(BODY)));
    cell.setRunDirection(direction);
    cell.setArabicOptions(0);
    cell.setPadding(3);
    cell.setBorder(Rectangle.BOTTOM);
    cell.setBorderColor(PrintFonts.GREY);
    return cell;
  }
}
