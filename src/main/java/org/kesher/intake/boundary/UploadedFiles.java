package org.kesher.intake.boundary;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.kesher.intake.control.AttachmentRules;
import org.kesher.intake.control.IncomingFile;

/**
 * The files a public form posted in its {@value #FIELD} input, read as they came; the rules judge
 * them afterwards. An empty file input (nothing chosen) gives no file.
 */
final class UploadedFiles {

  static final String FIELD = "attachments";

  private UploadedFiles() {}

  static List<IncomingFile> of(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null || !type.toLowerCase().startsWith("multipart/form-data")) {
      return List.of();
    }
    List<IncomingFile> files = new ArrayList<>();
    try {
      for (Part part : request.getParts()) {
        boolean chosen =
            part.getSubmittedFileName() != null && !part.getSubmittedFileName().isEmpty();
        if (!FIELD.equals(part.getName()) || (!chosen && part.getSize() == 0)) {
          continue;
        }
        files.add(new IncomingFile(part.getSubmittedFileName(), read(part)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ServletException e) {
      throw new IllegalStateException("the form's files could not be read", e);
    }
    return files;
  }

  /** At most one byte past the limit: enough for the rules to say "too large". */
  private static byte[] read(Part part) throws IOException {
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(AttachmentRules.MAX_BYTES + 1);
    }
  }
}
