package org.kesher.reporting.control;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ResourceBundle;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;

/**
 * A letter to a building's defaulting owner, from the template of its kind (first notice, second
 * notice, final notice) in the owner's language ({@code owner.letter.*} of the public texts): the
 * unit, the owner's name and apartment, the building's address, the day. A plain class.
 */
public final class OwnerLetter {

  private static final float BODY = 11;
  private static final float TITLE = 15;

  /** What the letter names. */
  public record Content(
      String kind,
      Language language,
      String unit,
      String owner,
      String apartment,
      String address) {}

  public byte[] print(Content letter, Instant printedAt) {
    Language language = letter.language();
    ResourceBundle texts = ResourceBundle.getBundle("i18n.texts", language.locale());
    int direction =
        "rtl".equals(language.direction())
            ? PdfWriter.RUN_DIRECTION_RTL
            : PdfWriter.RUN_DIRECTION_LTR;
    PrintFonts fonts = PrintFonts.load();
    var out = new ByteArrayOutputStream();
    var document = new Document(PageSize.A4, 64, 64, 64, 64);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    if (direction == PdfWriter.RUN_DIRECTION_RTL) {
      writer.addViewerPreference(PdfName.DIRECTION, PdfName.R2L);
    }
    writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language.code()));
    String key = "owner.letter." + letter.kind();
    document.addTitle(texts.getString(key + ".title"));
    document.open();
    var column = new PdfPTable(1);
    column.setWidthPercentage(100);
    column.setRunDirection(direction);
    PartyLetter.add(
        fonts, column, direction, Israel.date(language.locale(), printedAt), fonts.grey(BODY), 0);
    PartyLetter.add(fonts, column, direction, letter.unit(), fonts.bold(BODY), 12);
    String to =
        CasePrint.own(letter.owner())
            + (letter.apartment().isEmpty()
                ? ""
                : " · " + texts.getString("owner.letter.apartment") + " " + letter.apartment());
    PartyLetter.add(
        fonts,
        column,
        direction,
        PartyLetter.format(texts, "letter.to", to),
        fonts.regular(BODY),
        18);
    PartyLetter.add(
        fonts,
        column,
        direction,
        PartyLetter.format(texts, "owner.letter.building", CasePrint.own(letter.address())),
        fonts.regular(BODY),
        4);
    PartyLetter.add(
        fonts, column, direction, texts.getString(key + ".title"), fonts.bold(TITLE), 18);
    for (String paragraph : texts.getString(key + ".body").split("\\\\n\\\\n|\n\n")) {
      PartyLetter.add(fonts, column, direction, paragraph, fonts.regular(BODY), 10);
    }
    PartyLetter.add(
        fonts,
        column,
        direction,
        PartyLetter.format(texts, "owner.letter.signature", letter.unit()),
        fonts.regular(BODY),
        18);
    document.add(column);
    document.close();
    return out.toByteArray();
  }
}
