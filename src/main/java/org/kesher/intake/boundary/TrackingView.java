package org.kesher.intake.boundary;

import java.time.Instant;
import java.util.List;
import org.kesher.intake.control.TrackedCase;

/**
 * A request as its tracking answer shows it; {@code expectedInBusinessDays} counts the business
 * days of the unit's calendar to the expected date (null for a request no longer open), and {@code
 * waitingForYou} says its clock waits for the resident's answer. {@code invitation} is there only
 * for a party of the case, opened with their own code; {@code agreement} says a mediation's signed
 * agreement may be downloaded ({@code GET .../agreement}).
 */
public record TrackingView(
    String reference,
    String status,
    Instant expectedResponseBy,
    Integer expectedInBusinessDays,
    boolean waitingForYou,
    boolean takesReplies,
    List<StepView> timeline,
    boolean agreement,
    InvitationView invitation) {

  public record StepView(String event, String status, Instant at, String message) {}

  /** A party's invitation: the mediator's words to them, and their answer since when. */
  public record InvitationView(String message, String consent, Instant since) {}

  static TrackingView of(TrackedCase tracked) {
    return new TrackingView(
        tracked.reference().toString(),
        tracked.status().name(),
        tracked.expectedResponseBy(),
        tracked.expected() == null ? null : tracked.expected().businessDays(),
        tracked.expected() != null && tracked.expected().waitingForYou(),
        tracked.takesReplies(),
        tracked.timeline().stream()
            .map(
                s ->
                    new StepView(
                        s.kind().name(),
                        s.status() == null ? null : s.status().name(),
                        s.at(),
                        s.text()))
            .toList(),
        tracked.agreement(),
        tracked.party() == null
            ? null
            : new InvitationView(
                tracked.party().invitation(),
                tracked.party().consent().name(),
                tracked.party().at()));
  }
}
