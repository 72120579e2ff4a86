package org.kesher.reporting.boundary;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.ResourceBundle;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.cases.control.CaseSheet;
import org.kesher.cases.control.CaseSheets;
import org.kesher.cases.control.Viewer;
import org.kesher.ground.boundary.PdfDownload;
import org.kesher.ground.boundary.StaffLanguage;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Language;
import org.kesher.reporting.control.CasePrint;

/**
 * A case printed to PDF for staff: {@code /staff/print/<reference>}, behind the staff login and the
 * visibility rule (a case the viewer may not see, or none, answers 404 alike), in the staff
 * member's language. Reading the case is recorded as its page's reading is; every print is also an
 * entry of the access log of its own, committed before the file leaves. A download, never kept in a
 * cache.
 */
@WebServlet("/staff/print/*")
public class CasePrintDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffViewer staff;

  @Inject transient StaffLanguage staffLanguage;

  @Inject transient CaseSheets sheets;

  @Inject transient Event<Accessed> accessed;

  private final transient CasePrint print = new CasePrint();

  private final transient Clock clock = Clock.systemUTC();

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String reference = Optional.ofNullable(request.getPathInfo()).orElse("").replaceFirst("^/", "");
    if (reference.isEmpty() || reference.contains("/")) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    Viewer viewer = staff.viewer();
    Language language = staffLanguage.language();
    CaseSheet sheet;
    try {
      sheet = sheets.sheet(viewer, reference, language);
    } catch (CaseNotFound e) {
      // the refused reference is in the access log already
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    byte[] pdf =
        print.print(
            sheet,
            language,
            ResourceBundle.getBundle("i18n.staff", language.locale()),
            clock.instant());
    accessed.fire(
        Accessed.ofCase(
            Accessed.Action.CASE_PRINTED,
            sheet.reference(),
            Accessed.Extent.WHOLE_CASE,
            viewer.staffId(),
            null,
            language.code()));
    PdfDownload.send(response, pdf, sheet.reference() + ".pdf");
  }

  /** A HEAD would read the case and record a print that never left: not offered. */
  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
  }
}
