package org.kesher.reporting.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import org.kesher.buildings.boundary.BuildingDesk;
import org.kesher.buildings.entity.OwnerLetterKind;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.boundary.PdfDownload;
import org.kesher.ground.control.Language;
import org.kesher.reporting.control.OwnerLetter;

/**
 * A letter to a building's defaulting owner: {@code POST /staff/owner-letters/<building id>} from
 * the building's page (its form's owner, apartment, letter and language), for the unit that keeps
 * the building only; recorded in the building's history and the access log before the PDF leaves. A
 * refused letter sends the page back with its reason in the query.
 */
@WebServlet("/staff/owner-letters/*")
public class OwnerLetterDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient StaffViewer staff;

  @Inject transient BuildingDesk desk;

  private final transient OwnerLetter letters = new OwnerLetter();

  private final transient Clock clock = Clock.systemUTC();

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<String[]> parts = PdfDownload.path(request.getPathInfo(), 1);
    if (parts.isEmpty()) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    String id = parts.get()[0];
    BuildingDesk.LetterText text;
    try {
      text =
          desk.ownerLetter(
              staff.viewer(),
              Long.parseLong(id),
              request.getParameter("building:owner-name"),
              request.getParameter("building:owner-apartment"),
              OwnerLetterKind.valueOf(
                  Optional.ofNullable(request.getParameter("building:letter-kind_input"))
                      .orElse("FIRST_NOTICE")),
              Language.fromCode(request.getParameter("building:letter-language_input"))
                  .orElse(Language.DEFAULT));
    } catch (CaseRuleViolation | IllegalArgumentException refused) {
      String code = refused instanceof CaseRuleViolation v ? v.code() : "building.ownerMissing";
      response.sendRedirect(
          request.getContextPath() + "/staff/building.xhtml?id=" + id + "&refused=" + code);
      return;
    }
    byte[] pdf =
        letters.print(
            new OwnerLetter.Content(
                text.kind().name(),
                text.language(),
                text.unit(),
                text.owner(),
                text.apartment(),
                text.street()
                    + " "
                    + text.number()
                    + (text.locality().isEmpty() ? "" : ", " + text.locality())),
            clock.instant());
    PdfDownload.send(
        response,
        pdf,
        "building-" + id + "-" + text.kind().name().toLowerCase(java.util.Locale.ROOT) + ".pdf");
  }
}
