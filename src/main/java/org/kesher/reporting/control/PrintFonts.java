package org.kesher.reporting.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts a case is printed in: DejaVu Sans and DejaVu Sans Bold (in {@code fonts/}, with their
 * licence), which have Hebrew, Arabic with its presentation forms, Cyrillic and Latin; and Noto
 * Sans Ethiopic for Amharic, which DejaVu lacks: {@link #phrase} writes each letter in the first of
 * the two that has it. They are embedded in each PDF as a subset (Identity-H), so that the print
 * reads the same on any computer. The files are read once; each print makes its own {@link
 * BaseFont}, which is not shared between documents.
 */
final class PrintFonts {

  static final Color GREY = new Color(0x55, 0x55, 0x55);

  private final BaseFont regular;
  private final BaseFont bold;
  private BaseFont ethiopicRegular;
  private BaseFont ethiopicBold;

  private PrintFonts(BaseFont regular, BaseFont bold) {
    this.regular = regular;
    this.bold = bold;
  }

  /** The fonts for one document. */
  static PrintFonts load() {
    return new PrintFonts(
        font("DejaVuSans.ttf", Files.REGULAR), font("DejaVuSans-Bold.ttf", Files.BOLD));
  }

  Font regular(float size) {
    return new Font(regular, size);
  }

  Font bold(float size) {
    return new Font(bold, size);
  }

  Font grey(float size) {
    return new Font(regular, size, Font.NORMAL, GREY);
  }

  /**
   * The text in the font, its Ethiopic letters in Noto Sans Ethiopic of the same size, weight and
   * colour (made only for a document that has some).
   */
  Phrase phrase(String text, Font font) {
    if (text.codePoints().noneMatch(PrintFonts::ethiopic)) {
      return new Phrase(new Chunk(text, font));
    }
    boolean isBold = font.getBaseFont() == bold;
    if (ethiopicRegular == null) {
      ethiopicRegular = font("NotoSansEthiopic-Regular.ttf", Files.ETHIOPIC_REGULAR);
      ethiopicBold = font("NotoSansEthiopic-Bold.ttf", Files.ETHIOPIC_BOLD);
    }
    var selector = new FontSelector();
    selector.addFont(font);
    selector.addFont(
        new Font(
            isBold ? ethiopicBold : ethiopicRegular, font.getSize(), Font.NORMAL, font.getColor()));
    return selector.process(text);
  }

  private static boolean ethiopic(int codePoint) {
    return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.ETHIOPIC;
  }

  private static BaseFont font(String name, byte[] file) {
    try {
      // the name tells OpenPDF it is a TrueType font; not cached: the bytes are
      return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, file, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The font files, read on the first print. */
  private static final class Files {

    static final byte[] REGULAR = read("fonts/DejaVuSans.ttf");
    static final byte[] BOLD = read("fonts/DejaVuSans-Bold.ttf");
    static final byte[] ETHIOPIC_REGULAR = read("fonts/NotoSansEthiopic-Regular.ttf");
    static final byte[] ETHIOPIC_BOLD = read("fonts/NotoSansEthiopic-Bold.ttf");

    private static byte[] read(String resource) {
      try (InputStream in = PrintFonts.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the font " + resource + " is missing");
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
