package org.kesher.intake.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.kesher.ground.boundary.PdfDownload;
import org.kesher.intake.control.TrackedCases;
import org.kesher.intake.control.TrackingThrottle;
import org.kesher.mediation.entity.MediationOutcome;

/**
 * A mediation's signed agreement for everyone on the case: {@code POST /agreement} with the
 * reference and the tracking code (the requester's or a party's own) from the tracking page, never
 * in a URL. A wrong code and no agreement answer 404 alike, and wrong codes are throttled like the
 * tracking page's. Never kept in a cache.
 */
@WebServlet("/agreement")
public class AgreementDownload extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient TrackedCases tracked;

  @Inject transient TrackingThrottle throttle;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String reference =
        Optional.ofNullable(request.getParameter("reference")).orElse("").strip().toUpperCase();
    String code = Optional.ofNullable(request.getParameter("code")).orElse("").strip();
    String client = request.getRemoteAddr();
    if (!throttle.mayTry(client, reference)) {
      response.setHeader("Retry-After", String.valueOf(throttle.retryAfterSeconds()));
      response.sendError(429);
      return;
    }
    Optional<MediationOutcome> found = tracked.signedAgreement(reference, code);
    if (found.isEmpty()) {
      throttle.failed(client, reference);
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    PdfDownload.send(response, found.get().agreement().orElseThrow(), "agreement.pdf");
  }
}
