package org.kesher.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Real files for attachment tests: images written by ImageIO, a minimal PDF, zip archives. */
public final class SampleFiles {

  private SampleFiles() {}

  /** A small picture in an ImageIO format: "png" or "jpeg". */
  public static byte[] image(String format) {
    var picture = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
    var pen = picture.createGraphics();
    pen.setColor(Color.ORANGE);
    pen.fillRect(2, 1, 4, 3);
    pen.dispose();
    var out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(picture, format, out)) {
        throw new IllegalStateException("ImageIO cannot write " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            + "2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
            + "trailer <</Root 1 0 R>>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  /** A zip archive with these entries, each a little XML, and an optional comment. */
  public static byte[] zip(String comment, String... entries) {
    var out = new ByteArrayOutputStream();
    try (var zip = new ZipOutputStream(out)) {
      for (String name : entries) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(("<?xml version=\"1.0\"?><x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      if (comment != null) {
        zip.setComment(comment);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A Word document as far as its container goes. */
  public static byte[] docx() {
    return zip(null, "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml");
  }

  /** A Windows program's first bytes. */
  public static byte[] program() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    return exe;
  }
}
