package org.kesher.cases.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.kesher.cases.control.CaseSheets;

/**
 * A case's attachment for staff: {@code /staff/files/<reference>/<id>}, behind the staff login and
 * the visibility rule. Always a download, never shown inline, so that a file cannot run in the
 * workspace's origin.
 */
@WebServlet("/staff/files/*")
public class CaseFileDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffViewer staff;

  @Inject transient CaseSheets sheets;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String[] path =
        Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/", "").split("/");
    Optional<CaseSheets.Download> file = Optional.empty();
    if (path.length == 2 && path[1].matches("[0-9]{1,18}")) {
      file = sheets.download(staff.viewer(), path[0], Long.parseLong(path[1]));
    }
    if (file.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    CaseSheets.Download download = file.get();
    response.setContentType(download.mediaType());
    response.setContentLength(download.content().length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    response.setHeader(
        "Content-Disposition",
        "attachment; filename*=UTF-8''"
            + URLEncoder.encode(download.name(), StandardCharsets.UTF_8).replace("+", "%20"));
    response.getOutputStream().write(download.content());
  }
}
