package org.kesher.ground.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table sent as a CSV download from a page's action: UTF-8 with a byte-order mark, so that Excel
 * opens Hebrew and Arabic as they are, and the rows in Commons CSV's Excel format.
 */
public final class CsvDownload {

  /** The byte-order mark that tells Excel the file is UTF-8. */
  public static final char BOM = '\uFEFF';

  private CsvDownload() {}

  /** Writes {@code header} and {@code rows} as CSV to {@code out}, after the byte-order mark. */
  public static void write(Writer out, List<String> header, List<List<String>> rows) {
    try {
      out.write(BOM);
      try (CSVPrinter csv = CSVFormat.EXCEL.builder().get().print(out)) {
        csv.printRecord(header);
        for (List<String> row : rows) {
          csv.printRecord(row);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Sends the table as the answer to the current Faces request, as {@code name}.csv. */
  public static void send(String name, List<String> header, List<List<String>> rows) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    external.responseReset();
    external.setResponseContentType("text/csv; charset=UTF-8");
    external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    external.setResponseHeader("Cache-Control", "no-store");
    try (Writer out =
        new OutputStreamWriter(external.getResponseOutputStream(), StandardCharsets.UTF_8)) {
      write(out, header, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
