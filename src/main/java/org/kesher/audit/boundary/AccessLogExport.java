package org.kesher.audit.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.kesher.audit.control.AccessLogSearch;
import org.kesher.ground.control.Accessed;

/**
 * The access log's CSV export for privacy officers: {@code
 * /staff/privacy/access-log.csv?staff=&object=&from=&to=&action=&outcome=}, the same search as the
 * page. The export is recorded and committed before the first row is sent. A malformed condition
 * answers 400 and sends nothing.
 */
@WebServlet("/staff/privacy/access-log.csv")
public class AccessLogExport extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AccessLogCsv csv;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!request.isUserInRole("PRIVACY_OFFICER")) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    AccessLogSearch.Filter filter;
    try {
      filter =
          new AccessLogSearch.Filter(
              request.getParameter("staff"),
              request.getParameter("object"),
              day(request.getParameter("from")),
              day(request.getParameter("to")),
              blank(request.getParameter("action"))
                  ? null
                  : Accessed.Action.valueOf(request.getParameter("action")),
              blank(request.getParameter("outcome"))
                  ? null
                  : outcome(request.getParameter("outcome")));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      response.sendError(HttpServletResponse.SC_BAD_REQUEST);
      return;
    }
    csv.recordExport(filter);
    response.setContentType("text/csv; charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"access-log-" + LocalDate.now() + ".csv\"");
    // the printer closes (and so flushes) the writer when the last row is written
    Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
    csv.export(filter, out);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static LocalDate day(String value) {
    return blank(value) ? null : LocalDate.parse(value.strip());
  }

  private static Boolean outcome(String value) {
    return switch (value) {
      case "granted" -> true;
      case "refused" -> false;
      default -> throw new IllegalArgumentException("outcome is granted or refused");
    };
  }
}
