package org.kesher.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.control.Assigner;
import org.kesher.cases.control.CaseNotice;
import org.kesher.cases.control.CaseOpening;
import org.kesher.cases.control.CaseWords;
import org.kesher.cases.control.ReferenceNumbers;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.Channel;
import org.kesher.cases.entity.EventKind;
import org.kesher.cases.entity.NewCase;
import org.kesher.cases.entity.TrackingCode;
import org.kesher.catalogue.entity.AssignmentPolicy;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Programme;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Retried;
import org.kesher.routing.control.Router;

/**
 * Opens a case from a resident's request and finds it again for its tracking page. One transaction
 * per request: the case, its first events, routed to its unit.
 */
@ApplicationScoped
@Transactional
@Retried
public class Intake {

  @PersistenceContext EntityManager em;

  @Inject IntakeCatalogue intakeCatalogue;

  @Inject Router router;

  @Inject Attachments attachments;

  @Inject Assigner assigner;

  @Inject jakarta.enterprise.event.Event<CaseNotice> notices;

  @Inject jakarta.enterprise.event.Event<Accessed> accessed;

  @Inject ReferenceNumbers references;

  @Inject CaseWords words;

  Clock clock = Clock.systemUTC();

  @Inject TrackingKeys keys;

  @Inject CaseOpening opening;

  @Inject TrackedCases trackedCases;

  /**
   * @throws InvalidRequest when the body breaks the form's rules; nothing is stored then
   */
  public Receipt open(JsonObject body, Channel channel) {
    return open(body, List.of(), channel);
  }

  /**
   * A new request with the files the resident attached; the rules of both are checked together, so
   * one answer lists every problem.
   *
   * @throws InvalidRequest when the body or a file breaks the rules; nothing is stored then
   */
  public Receipt open(JsonObject body, List<IncomingFile> files, Channel channel) {
    // The reference first, while this transaction holds no connection: a new block of numbers
    // is reserved in a transaction of its own, which needs a connection of its own, and with
    // every connection held by an intake waiting for the block the pool would stall. A request
    // that turns out invalid skips its number.
    CaseReference reference = references.next();
    // the forms and localities come from memory (IntakeCatalogue): an invalid request reads nothing
    return open(CheckedRequest.of(body, files, intakeCatalogue.current()), reference, channel);
  }

  private Receipt open(CheckedRequest request, CaseReference reference, Channel channel) {
    Submission submission = request.submission();
    Long localityId = request.localityId();
    Router.Decision routing = router.decide(request.typeId(), localityId);
    Unit unit = em.find(Unit.class, routing.unitId());
    if (unit == null) {
      throw new IllegalStateException("routing chose unit " + routing.unitId() + ", not found");
    }
    // the type's own row (its fields stay unread); the locality only as a reference
    RequestType type = em.find(RequestType.class, request.typeId());
    Locality locality = localityId == null ? null : em.getReference(Locality.class, localityId);
    Instant now = Instant.now(clock);
    String code = TrackingCode.generate();
    var caseFile =
        opening.open(
            new NewCase(
                reference,
                TrackingCode.hash(code),
                type,
                unit,
                locality,
                channel,
                submission.language(),
                submission.requester(),
                submission.answers().toString(),
                now));
    if (request.programmeId() != null) {
      caseFile.concerns(em.getReference(Programme.class, request.programmeId()));
    }
    em.persist(caseFile);
    words.index(caseFile, request.texts());
    em.persist(CaseEvent.created(caseFile));
    em.persist(CaseEvent.routed(caseFile, routing.reason()));
    attachments.attach(caseFile, null, request.files());
    notices.fire(CaseNotice.received(caseFile, code));
    accessed.fire(
        Accessed.ofCase(
            Accessed.Action.CASE_CREATED,
            caseFile.reference().toString(),
            Accessed.Extent.NONE,
            null,
            null,
            channel.name()));
    // The case is written before its unit's turn is taken (Assigner), so the requests for one
    // unit pass the turn one at a time only for the choice and the commit, not the whole request.
    // A unit whose cases wait for its head takes no turn: nothing to send early.
    if (unit.assignmentPolicy() != AssignmentPolicy.UNIT_HEAD) {
      em.flush();
    }
    Optional<StaffAccount> assignee = assigner.nextAssignee(unit);
    assignee.ifPresent(worker -> em.persist(caseFile.assignTo(worker, null, now)));
    assignee.ifPresent(worker -> notices.fire(CaseNotice.assigned(caseFile, worker)));
    return new Receipt(
        caseFile.reference(), code, caseFile.status(), caseFile.resolutionDue().orElseThrow());
  }

  /**
   * The case behind a reference and tracking code. A wrong code and an unknown reference give the
   * same empty answer. A referred request is followed to the case its referral opened: the resident
   * keeps their reference and code, and sees the receiving unit's status, due date and public
   * timeline after the earlier case's own ({@link TrackedCases#of}); a party of the case, their own
   * view.
   */
  public Optional<TrackedCase> track(String reference, String code) {
    return keys.opened(reference, code).map(o -> trackedCases.of(o.caseFile(), o.party()));
  }

  /**
   * Adds the resident's reply to their case, if the code is right.
   *
   * @throws InvalidRequest when the text is missing or too long; nothing is stored then
   * @throws org.kesher.cases.entity.CaseRuleViolation when the case no longer takes replies
   * @return the case as it is after the reply, or empty for a wrong code or unknown reference
   */
  public Optional<TrackedCase> reply(
      String reference, String code, String text, List<IncomingFile> files) {
    Optional<TrackingKeys.Opened> found = keys.opened(reference, code);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CheckedReply checked = CheckedReply.of(text, files);
    CaseParty party = found.get().party();
    CaseFile caseFile = party == null ? found.get().caseFile().current() : party.caseFile();
    Instant now = Instant.now(clock);
    List<CaseEvent> events =
        party == null
            ? caseFile.residentReplied(checked.message(), now)
            : party.replied(checked.message(), now);
    kept(events);
    attachments.attach(caseFile, events.get(0), checked.files());
    em.flush();
    return Optional.of(trackedCases.of(found.get().caseFile(), party));
  }

  /** What became of a resident's answer by mail. */
  public enum MailReply {
    /** Added to the case's timeline. */
    ADDED,
    /** No case has that token. */
    NO_CASE,
    /** The case takes no more replies (closed, or resolved too long ago). */
    CLOSED,
    /** No text, or too long. */
    INVALID
  }

  /**
   * A resident's answer to one of the case's mails, found by the reply token of the address it was
   * sent to: added like a reply on the tracking page, with the files that keep the form's rules
   * (the others are left out); it reopens a case resolved within the reopen window.
   */
  public MailReply replyByMail(String replyToken, String text, List<IncomingFile> files) {
    Optional<CaseFile> found =
        em.createNamedQuery(CaseFile.BY_REPLY_TOKEN, CaseFile.class)
            .setParameter("token", replyToken)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      return MailReply.NO_CASE;
    }
    Optional<CheckedReply> checked = CheckedReply.byMail(text, files);
    if (checked.isEmpty()) {
      return MailReply.INVALID;
    }
    // an answer to a mail about a referred request goes where the request is now
    CaseFile caseFile = found.get().current();
    List<CaseEvent> events;
    try {
      events = caseFile.residentReplied(checked.get().message(), Instant.now(clock));
    } catch (org.kesher.cases.entity.CaseRuleViolation closed) {
      return MailReply.CLOSED;
    }
    kept(events);
    attachments.attach(caseFile, events.get(0), checked.get().files());
    return MailReply.ADDED;
  }

  /** Keeps a resident's reply and the reopening it may bring; a reopened case's words follow. */
  private void kept(List<CaseEvent> events) {
    events.forEach(
        event -> {
          em.persist(event);
          words.follow(event);
          accessed.fire(
              Accessed.ofCase(
                  Accessed.Action.CASE_CHANGED,
                  event.caseFile().reference().toString(),
                  Accessed.Extent.NONE,
                  null,
                  null,
                  event.kind().name()));
          if (event.kind() == EventKind.RESIDENT_REPLY) {
            event
                .caseFile()
                .assignee()
                .ifPresent(a -> notices.fire(CaseNotice.residentReplied(event.caseFile(), a)));
          }
        });
  }
}
