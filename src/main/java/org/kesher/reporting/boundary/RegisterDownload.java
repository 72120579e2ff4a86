package org.kesher.reporting.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.emergency.boundary.RegisterDesk;
import org.kesher.ground.boundary.CsvDownload;
import org.kesher.ground.boundary.PdfDownload;
import org.kesher.ground.boundary.StaffLanguage;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;
import org.kesher.reporting.control.RegisterSheet;

/**
 * A settlement's emergency register as a file: {@code POST /staff/register-export/<team>.csv} or
 * {@code .pdf} from the register's page, behind the staff login and the register's rule (a team the
 * viewer may not see answers 404). Each export is recorded in the access log with its format and
 * row count before it leaves; the session cookie is SameSite, so another site cannot make one.
 */
@WebServlet("/staff/register-export/*")
public class RegisterDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  private static final Pattern PATH = Pattern.compile("/([A-Z0-9_]{1,40})\\.(csv|pdf)");

  @Inject transient StaffViewer staff;

  @Inject transient StaffLanguage staffLanguage;

  @Inject transient RegisterDesk desk;

  private final transient Clock clock = Clock.systemUTC();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Matcher path = PATH.matcher(String.valueOf(request.getPathInfo()));
    if (!path.matches()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String team = path.group(1);
    boolean csv = path.group(2).equals("csv");
    Language language = staffLanguage.language();
    RegisterDesk.Sheet sheet;
    try {
      sheet = desk.export(staff.viewer(), team, language, csv ? "CSV" : "PDF");
    } catch (CaseRuleViolation notThere) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    ResourceBundle texts = ResourceBundle.getBundle("i18n.staff", language.locale());
    List<String> header =
        List.of("street", "house", "name", "phone", "needs", "size", "notes", "confirmed").stream()
            .map(column -> texts.getString("register." + column))
            .toList();
    List<List<String>> rows = new ArrayList<>();
    for (RegisterDesk.Row row : sheet.rows()) {
      rows.add(
          List.of(
              text(row.street()),
              text(row.house()),
              text(row.name()),
              text(row.phone()),
              row.needs(),
              row.size() == null ? "" : row.size().toString(),
              text(row.notes()),
              Israel.date(language.locale(), row.confirmedAt())));
    }
    String file = "register-" + team.toLowerCase(java.util.Locale.ROOT);
    if (csv) {
      response.setContentType("text/csv; charset=UTF-8");
      response.setHeader("Content-Disposition", "attachment; filename=\"" + file + ".csv\"");
      response.setHeader("Cache-Control", "no-store");
      response.setHeader("X-Content-Type-Options", "nosniff");
      try (Writer out =
          new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8)) {
        CsvDownload.write(out, header, rows);
      }
      return;
    }
    String title = texts.getString("register.title") + " · " + sheet.team();
    byte[] pdf =
        new RegisterSheet()
            .print(new RegisterSheet.Content(language, title, header, rows), clock.instant());
    PdfDownload.send(response, pdf, file + ".pdf");
  }

  /** A resident's words as a cell: never read by a spreadsheet as a formula. */
  private static String text(String value) {
    if (value == null) {
      return "";
    }
    return value.matches("(?s)([=@\\t\\r]|[+-]\\D).*") ? "'" + value : value;
  }
}
