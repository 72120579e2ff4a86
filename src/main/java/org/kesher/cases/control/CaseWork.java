package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.Attachment;
import org.kesher.cases.entity.AttachmentSummary;
import org.kesher.cases.entity.CannedReply;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseLink;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.TrackingCode;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.FieldOption;
import org.kesher.catalogue.entity.RequestField;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;

/**
 * What a caseworker does with a case: read it, claim it, move it along the status model, note
 * something for colleagues, answer the resident. Every action finds the case through the visibility
 * rule and is refused when the case changed since the page showed it.
 */
@ApplicationScoped
@Transactional
public class CaseWork {

  @PersistenceContext EntityManager em;

  @Inject CaseQueries queries;

  @Inject ReferenceNumbers references;

  @Inject Assigner assigner;

  @Inject Timeline timelines;

  @Inject CaseWords words;

  @Inject jakarta.enterprise.event.Event<CaseNotice> notices;

  Clock clock = Clock.systemUTC();

  /** The case's page, in the viewer's language. */
  public CaseSheet sheet(Viewer viewer, String reference, Language language) {
    CaseFile c = queries.open(viewer, reference).orElseThrow(CaseNotFound::new);
    if (c.confidentiality() == Confidentiality.SEALED) {
      em.persist(c.viewed(em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
    }
    var requester = c.requester();
    var timeline = timelines.of(viewer, c);
    return new CaseSheet(
        c.reference().toString(),
        c.version(),
        c.requestType().name().in(language),
        c.unit().name().in(language),
        c.status().name(),
        c.assignee().map(StaffAccount::displayName).orElse(null),
        c.resolutionDue().orElse(null),
        c.confidentiality().name(),
        requester.isAnonymous(),
        requester.name(),
        requester.phone(),
        requester.email(),
        requester.emailSafe(),
        answers(c, language),
        timeline,
        Arrays.stream(CaseStatus.values()).filter(c.status()::canMoveTo).map(Enum::name).toList(),
        queries.related(viewer, c, 10).stream()
            .map(
                r ->
                    new CaseSheet.Related(
                        r.reference().toString(),
                        r.requestType().name().in(language),
                        r.status().name()))
            .toList(),
        queries.linked(viewer, c).stream()
            .map(
                r ->
                    new CaseSheet.Related(
                        r.reference().toString(),
                        r.requestType().name().in(language),
                        r.status().name()))
            .toList(),
        em
            .createNamedQuery(Attachment.SUMMARIES, AttachmentSummary.class)
            .setParameter("caseFile", c)
            .getResultList()
            .stream()
            .map(
                a ->
                    new CaseSheet.File(
                        a.id(), a.displayName(), a.mediaType(), a.sizeBytes(), a.createdAt()))
            .toList(),
        em
            .createNamedQuery(CannedReply.FOR_UNIT, CannedReply.class)
            .setParameter("language", language.code())
            .setParameter("unit", c.unit().id())
            .getResultList()
            .stream()
            .map(r -> new CaseSheet.Canned(r.id(), r.title(), r.body()))
            .toList(),
        colleagues(viewer, c));
  }

  /**
   * Keeps a timeline event and tells whoever should hear of it, in the same transaction: the
   * resident of a status change or a public reply, a caseworker of a case given to them by someone
   * else.
   */
  private void record(CaseEvent event) {
    em.persist(event);
    CaseFile c = event.caseFile();
    switch (event.kind()) {
      case STATUS_CHANGED -> notices.fire(CaseNotice.statusChanged(c));
      case PUBLIC_REPLY -> notices.fire(CaseNotice.publicReply(c, event.body().orElse("")));
      case ASSIGNED ->
          c.assignee()
              .filter(a -> event.actor().map(by -> !by.id().equals(a.id())).orElse(true))
              .ifPresent(a -> notices.fire(CaseNotice.assigned(c, a)));
      default -> {
        // nobody is told
      }
    }
  }

  /** The heads of a unit, told of a case referred to it. */
  private List<StaffAccount> headsOf(Unit unit) {
    return em.createQuery(
            "SELECT m.staff FROM UnitMembership m WHERE m.unit = :unit AND m.role = :head"
                + " AND m.staff.enabled = TRUE",
            StaffAccount.class)
        .setParameter("unit", unit)
        .setParameter("head", org.kesher.access.entity.MemberRole.HEAD)
        .getResultList();
  }

  /** Whom the viewer may give the case to: nobody unless they belong to its unit. */
  private List<CaseSheet.Colleague> colleagues(Viewer viewer, CaseFile c) {
    if (!c.status().isOpen()
        || !viewer.memberOf().contains(c.unit().id())
        || !mayGiveAway(viewer, c)) {
      return List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT NEW org.kesher.cases.control.CaseSheet$Colleague(s.id,"
                + " s.displayName) FROM StaffAccount s JOIN s.memberships m WHERE m.unit = :unit"
                + " AND s.enabled = TRUE ORDER BY s.displayName",
            CaseSheet.Colleague.class)
        .setParameter("unit", c.unit())
        .getResultList();
  }

  /** A sealed case is given on only by the unit's head or its caseworker. */
  private static boolean mayGiveAway(Viewer viewer, CaseFile c) {
    return c.confidentiality() != Confidentiality.SEALED
        || viewer.heads().contains(c.unit().id())
        || c.assignee().map(a -> a.id().equals(viewer.staffId())).orElse(false);
  }

  /** A file downloaded from a case's page. */
  public record Download(String name, String mediaType, byte[] content) {}

  /**
   * One of a case's files with its content, if the viewer may see the case and the file is on it;
   * empty alike otherwise.
   */
  public java.util.Optional<Download> download(Viewer viewer, String reference, long fileId) {
    return queries
        .open(viewer, reference)
        .flatMap(
            c ->
                em.createNamedQuery(Attachment.OF_CASE, Attachment.class)
                    .setParameter("caseFile", c)
                    .setParameter("id", fileId)
                    .getResultStream()
                    .findFirst())
        .map(a -> new Download(a.displayName(), a.mediaType(), a.content()));
  }

  private static List<CaseSheet.Answer> answers(CaseFile c, Language language) {
    JsonObject given =
        c.answers() == null || c.answers().isBlank()
            ? JsonValue.EMPTY_JSON_OBJECT
            : Json.createReader(new StringReader(c.answers())).readObject();
    return c.requestType().fields().stream()
        .filter(f -> given.containsKey(f.code()))
        .map(
            f ->
                new CaseSheet.Answer(
                    f.label().in(language), shown(f, given.get(f.code()), language)))
        .toList();
  }

  private static String shown(RequestField field, JsonValue value, Language language) {
    if (value instanceof JsonString text) {
      return optionLabel(field, text.getString(), language);
    }
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      return value.asJsonArray().stream()
          .map(
              v ->
                  v instanceof JsonString s
                      ? optionLabel(field, s.getString(), language)
                      : v.toString())
          .collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  private static String optionLabel(RequestField field, String code, Language language) {
    return field.options().stream()
        .filter(o -> o.code().equals(code))
        .map(FieldOption::label)
        .map(l -> l.in(language))
        .findFirst()
        .orElse(code);
  }

  /**
   * Only the owning unit's members act on a case; those who may only read it (intake coordinators,
   * department managers) may not.
   */
  private static void requireMember(Viewer viewer, CaseFile c) {
    if (!viewer.memberOf().contains(c.unit().id())) {
      throw new CaseRuleViolation("case.notMember", "only the unit's members act on its cases");
    }
  }

  /** The viewer takes the case; they must belong to its unit. */
  public void claim(Viewer viewer, String reference, long version) {
    CaseFile c = editable(viewer, reference, version);
    StaffAccount me = em.find(StaffAccount.class, viewer.staffId());
    record(c.assignTo(me, me, clock.instant()));
  }

  public void changeStatus(Viewer viewer, String reference, long version, CaseStatus next) {
    CaseFile c = editable(viewer, reference, version);
    record(c.moveTo(next, em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
  }

  public void note(Viewer viewer, String reference, long version, String text) {
    CaseFile c = editable(viewer, reference, version);
    em.persist(
        c.internalNote(text, em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
  }

  public void reply(Viewer viewer, String reference, long version, String text) {
    CaseFile c = editable(viewer, reference, version);
    record(c.publicReply(text, em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
  }

  /**
   * Refers the case to another unit with a short summary; the receiving unit gets a new case with
   * that summary, and the requester's contact only with their consent. The resident's reference and
   * tracking code follow the request to the new case, and they are told by mail.
   *
   * @return the new case's reference
   */
  public String refer(
      Viewer viewer,
      String reference,
      long version,
      String unitCode,
      String summary,
      boolean contactShared) {
    CaseFile c = editable(viewer, reference, version);
    Unit target =
        em.createNamedQuery(Unit.BY_CODE, Unit.class)
            .setParameter("code", unitCode == null ? "" : unitCode)
            .getResultStream()
            .filter(Unit::isActive)
            .findFirst()
            .orElseThrow(() -> new CaseRuleViolation("case.noSuchUnit", "no such unit"));
    // chosen (and the receiving unit locked) before anything is written, as at intake
    var assignee = assigner.nextAssignee(target);
    Instant now = clock.instant();
    CaseFile referred =
        c.referTo(
            target,
            references.next(),
            TrackingCode.hash(TrackingCode.generate()),
            contactShared,
            now);
    var calendar = BusinessCalendar.standard();
    referred.setDueDates(
        calendar.plusBusinessHours(now, referred.requestType().firstResponseTarget()),
        calendar.plusBusinessDays(now, referred.requestType().resolutionDays()));
    List<CaseEvent> events =
        c.referralEvents(
            referred, summary, contactShared, em.find(StaffAccount.class, viewer.staffId()), now);
    em.persist(referred);
    words.index(referred, List.of(summary));
    events.forEach(this::record);
    assignee.ifPresent(worker -> record(referred.assignTo(worker, null, now)));
    headsOf(target).forEach(head -> notices.fire(CaseNotice.referred(referred, head)));
    return referred.reference().toString();
  }

  /** What a bulk action did: how many cases it changed, and which it had to leave as they were. */
  public record BulkResult(int changed, List<String> refused) {}

  /**
   * Takes the chosen cases, or moves them to a status; each as the viewer may, one transaction for
   * all. A case that the rules refuse (not in the viewer's unit, a move the model forbids) is left
   * as it was and named.
   *
   * @param next null to take the cases, else the status to move them to
   */
  public BulkResult bulk(Viewer viewer, List<String> references, CaseStatus next) {
    StaffAccount me = em.find(StaffAccount.class, viewer.staffId());
    Instant now = clock.instant();
    return each(
        viewer,
        references,
        c -> {
          if (next == null ? !c.status().isOpen() : !c.status().canMoveTo(next)) {
            return java.util.Optional.empty();
          }
          return java.util.Optional.of(
              next == null ? c.assignTo(me, me, now) : c.moveTo(next, me, now));
        });
  }

  /** Gives the chosen cases to one colleague; a case they may not take is left and named. */
  public BulkResult bulkAssign(Viewer viewer, List<String> references, long assigneeId) {
    StaffAccount me = em.find(StaffAccount.class, viewer.staffId());
    StaffAccount worker = em.find(StaffAccount.class, assigneeId);
    Instant now = clock.instant();
    return each(
        viewer,
        references,
        c ->
            c.status().isOpen() && mayAssign(viewer, c, worker)
                ? java.util.Optional.of(c.assignTo(worker, me, now))
                : java.util.Optional.empty());
  }

  private BulkResult each(
      Viewer viewer,
      List<String> references,
      java.util.function.Function<CaseFile, java.util.Optional<CaseEvent>> change) {
    int changed = 0;
    List<String> refused = new java.util.ArrayList<>();
    for (String reference : references) {
      var found = queries.open(viewer, reference);
      var event = found.filter(c -> viewer.memberOf().contains(c.unit().id())).flatMap(change);
      if (event.isEmpty()) {
        refused.add(reference);
        continue;
      }
      record(event.get());
      changed++;
    }
    return new BulkResult(changed, List.copyOf(refused));
  }

  /**
   * Whether the viewer may give the case to {@code worker}: an enabled member of the case's unit; a
   * sealed case only by the unit's head or its caseworker, since the new caseworker will see it.
   */
  private static boolean mayAssign(Viewer viewer, CaseFile c, StaffAccount worker) {
    if (worker == null
        || !worker.isEnabled()
        || worker.memberships().stream().noneMatch(m -> m.unit().id().equals(c.unit().id()))) {
      return false;
    }
    return mayGiveAway(viewer, c);
  }

  /** Gives the case to a colleague of its unit. */
  public void assign(Viewer viewer, String reference, long version, long assigneeId) {
    CaseFile c = editable(viewer, reference, version);
    StaffAccount worker = em.find(StaffAccount.class, assigneeId);
    if (!mayAssign(viewer, c, worker)) {
      throw new CaseRuleViolation("case.cannotAssign", "this colleague cannot take the case");
    }
    record(c.assignTo(worker, em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
  }

  /**
   * Links the case with another the viewer may also see, as related: each lists the other, and both
   * timelines record it.
   */
  public void link(Viewer viewer, String reference, long version, String otherReference) {
    CaseFile c = editable(viewer, reference, version);
    CaseFile other =
        queries
            .open(viewer, otherReference == null ? "" : otherReference.strip().toUpperCase())
            .orElseThrow(() -> new CaseRuleViolation("case.noSuchCase", "no such case"));
    long existing =
        em.createQuery(
                "SELECT COUNT(l) FROM CaseLink l WHERE l.caseFile = :one AND l.linked = :other",
                Long.class)
            .setParameter("one", c)
            .setParameter("other", other)
            .getSingleResult();
    if (existing > 0) {
      throw new CaseRuleViolation("case.alreadyLinked", "the cases are linked already");
    }
    StaffAccount me = em.find(StaffAccount.class, viewer.staffId());
    Instant now = clock.instant();
    CaseLink.between(c, other, me, now).forEach(em::persist);
    em.persist(c.linkedWith(other, me, now));
    em.persist(other.linkedWith(c, me, now));
  }

  /** Joins the case to an earlier one the viewer may also see. */
  public void markDuplicate(
      Viewer viewer, String reference, long version, String originalReference) {
    CaseFile c = editable(viewer, reference, version);
    CaseFile original =
        queries
            .open(viewer, originalReference == null ? "" : originalReference.strip().toUpperCase())
            .orElseThrow(() -> new CaseRuleViolation("case.noSuchCase", "no such case"));
    record(
        c.markDuplicateOf(
            original, em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
  }

  /** The units a case may be referred to, by code, with their names. */
  public List<CaseSheet.UnitChoice> units(Language language) {
    return em.createNamedQuery(Unit.ACTIVE, Unit.class).getResultList().stream()
        .map(u -> new CaseSheet.UnitChoice(u.code(), u.name().in(language)))
        .toList();
  }

  private CaseFile editable(Viewer viewer, String reference, long version) {
    CaseFile c = queries.open(viewer, reference).orElseThrow(CaseNotFound::new);
    requireMember(viewer, c);
    if (c.version() != version) {
      throw new OptimisticLockException("the case changed since it was shown");
    }
    return c;
  }
}
