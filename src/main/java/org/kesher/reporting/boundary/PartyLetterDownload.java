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
import org.kesher.cases.boundary.PartyDesk;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.boundary.PdfDownload;
import org.kesher.ground.control.Setting;
import org.kesher.reporting.control.PartyLetter;

/**
 * A party's letter: {@code POST /staff/letters/<reference>/<party id>} from the parties card of the
 * case's page, behind the staff login, the visibility rule and the unit's membership (a case the
 * viewer may not see, or a party not of it, answers 404 alike). Each print gives the party a new
 * code, committed with its access-log entry before the PDF leaves; the session cookie is SameSite,
 * so another site cannot make a print. A download, never kept in a cache.
 */
@WebServlet("/staff/letters/*")
public class PartyLetterDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffViewer staff;

  @Inject transient PartyDesk desk;

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
    PartyDesk.LetterText text;
    try {
      text = desk.letter(staff.viewer(), path[0], Long.parseLong(path[1]));
    } catch (CaseNotFound | CaseRuleViolation notThere) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String site = config.getValue(Setting.PUBLIC_URL.key(), String.class).replaceFirst("/$", "");
    byte[] pdf =
        letters.print(
            new PartyLetter.Content(
                text.reference(),
                text.unit(),
                text.name(),
                text.language(),
                text.invitation(),
                text.code(),
                site + "/track.xhtml"),
            clock.instant());
    PdfDownload.send(response, pdf, text.reference() + "-party-" + path[1] + ".pdf");
  }
}
