package org.kesher.reporting.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.ground.boundary.PdfDownload;
import org.kesher.ground.control.Setting;
import org.kesher.mediation.boundary.MediationDesk;
import org.kesher.reporting.control.PartyLetter;

/**
 * A mediation session's letters: {@code POST /staff/session-letters/<reference>/<session id>} from
 * the mediation card, a page for each participant whom mail does not reach, behind the staff login
 * and the visibility rule (404 alike for a case the viewer may not see or a session not of it).
 * Recorded in the access log before the PDF leaves; never kept in a cache.
 */
@WebServlet("/staff/session-letters/*")
public class SessionLetterDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffViewer staff;

  @Inject transient MediationDesk desk;

  @Inject transient Config config;

  private final transient PartyLetter letters = new PartyLetter();

  private final transient Clock clock = Clock.systemUTC();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<String[]> parts = PdfDownload.path(request.getPathInfo(), 2);
    if (parts.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String[] path = parts.get();
    MediationDesk.SessionLetters found;
    try {
      found = desk.letters(staff.viewer(), path[0], Long.parseLong(path[1]));
    } catch (CaseNotFound notThere) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (found.pages().isEmpty()) {
      // everyone hears of it by mail: nothing to print
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String site = config.getValue(Setting.PUBLIC_URL.key(), String.class).replaceFirst("/$", "");
    byte[] pdf =
        letters.sessionLetters(
            found.reference(),
            found.cancelled(),
            found.notice(),
            found.pages().stream()
                .map(p -> new PartyLetter.SessionPage(p.name(), p.language(), p.unit()))
                .toList(),
            site + "/track.xhtml",
            clock.instant());
    PdfDownload.send(response, pdf, found.reference() + "-session-" + path[1] + ".pdf");
  }
}
