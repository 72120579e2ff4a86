package org.kesher.ground.boundary;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * A PDF sent as a download from a servlet (a printed case, a letter, a signed agreement): never
 * kept in a cache, never sniffed as another type, sandboxed if a browser shows it; and the path
 * parts such a servlet is addressed by.
 */
public final class PdfDownload {

  private PdfDownload() {}

  /**
   * Sends {@code pdf} as {@code fileName} (letters, digits, dots and dashes: nothing to escape).
   */
  public static void send(HttpServletResponse response, byte[] pdf, String fileName)
      throws IOException {
    if (!fileName.matches("[A-Za-z0-9._-]{1,120}")) {
      throw new IllegalArgumentException("a file name of letters, digits, dots and dashes");
    }
    response.setContentType("application/pdf");
    response.setContentLength(pdf.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.getOutputStream().write(pdf);
  }

  /**
   * The parts of a servlet's path after its own ({@code /staff/letters/KS-2026-000123/42} gives the
   * reference and the id) when there are {@code count} of them and the last is a number.
   */
  public static Optional<String[]> path(String pathInfo, int count) {
    String[] parts = Optional.ofNullable(pathInfo).orElse("").replaceFirst("^/", "").split("/");
    return parts.length == count && parts[count - 1].matches("\\d{1,18}")
        ? Optional.of(parts)
        : Optional.empty();
  }
}
