package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.Attachment;
import org.kesher.cases.entity.AttachmentSummary;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.catalogue.entity.CannedReply;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.FieldOption;
import org.kesher.catalogue.entity.RequestField;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.JsonOnce;
import org.kesher.ground.control.Language;

/**
 * Reading a case: its page in the viewer's language (a sealed case's opening recorded), its files,
 * and the units it may be referred to. Every read finds the case through the visibility rule.
 */
@ApplicationScoped
@Transactional
public class CaseSheets {

  @PersistenceContext EntityManager em;

  @Inject CaseLookup lookup;

  @Inject RelatedCases relatedCases;

  @Inject StaffAccounts accounts;

  @Inject Timeline timelines;

  @Inject Event<Accessed> accessed;

  Clock clock = Clock.systemUTC();

  /** The case's page, in the viewer's language. */
  public CaseSheet sheet(Viewer viewer, String reference, Language language) {
    CaseFile c = lookup.open(viewer, reference).orElseThrow(CaseNotFound::new);
    if (c.confidentiality() == Confidentiality.SEALED) {
      em.persist(
          CaseEvent.viewed(c, em.find(StaffAccount.class, viewer.staffId()), clock.instant()));
    }
    recordRead(viewer, c, Accessed.Action.CASE_OPENED, Accessed.Extent.WHOLE_CASE, null);
    var requester = c.requester();
    var timeline = timelines.of(viewer, c, language);
    return new CaseSheet(
        c.reference().toString(),
        c.version(),
        c.requestType().name().in(language),
        c.unit().name().in(language),
        c.programme().map(p -> p.name().in(language)).orElse(null),
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
        related(relatedCases.related(viewer, c, 10), language),
        related(relatedCases.linked(viewer, c), language),
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

  private static List<CaseSheet.Related> related(List<CaseFile> cases, Language language) {
    return cases.stream()
        .map(
            r ->
                new CaseSheet.Related(
                    r.reference().toString(),
                    r.requestType().name().in(language),
                    r.status().name()))
        .toList();
  }

  /** Whom the viewer may give the case to: nobody unless they belong to its unit. */
  private List<CaseSheet.Colleague> colleagues(Viewer viewer, CaseFile c) {
    if (!c.status().isOpen()
        || !viewer.memberOf().contains(c.unit().id())
        || !CasePermissions.mayGiveAway(viewer, c)) {
      return List.of();
    }
    return accounts.membersOf(List.of(c.unit().id())).stream()
        .map(m -> new CaseSheet.Colleague(m.id(), m.displayName()))
        .toList();
  }

  /** A file downloaded from a case's page. */
  public record Download(String name, String mediaType, byte[] content) {}

  /**
   * One of a case's files with its content, if the viewer may see the case and the file is on it;
   * empty alike otherwise.
   */
  public java.util.Optional<Download> download(Viewer viewer, String reference, long fileId) {
    return lookup
        .open(viewer, reference)
        .flatMap(
            c ->
                em.createNamedQuery(Attachment.OF_CASE, Attachment.class)
                    .setParameter("caseFile", c)
                    .setParameter("id", fileId)
                    .getResultStream()
                    .findFirst())
        .map(
            a -> {
              recordRead(
                  viewer,
                  a.caseFile(),
                  Accessed.Action.FILE_DOWNLOADED,
                  Accessed.Extent.FILE,
                  String.valueOf(a.id()));
              return new Download(a.displayName(), a.mediaType(), a.content());
            });
  }

  /**
   * A read of a restricted or sealed case goes to the access log, committed with this transaction
   * before the page or file is sent.
   */
  private void recordRead(
      Viewer viewer, CaseFile c, Accessed.Action action, Accessed.Extent extent, String detail) {
    if (c.confidentiality() != Confidentiality.STANDARD) {
      accessed.fire(
          Accessed.ofCase(
              action, c.reference().toString(), extent, viewer.staffId(), null, detail));
    }
  }

  /** The case's answers with their fields' labels and options' names in {@code language}. */
  public static List<CaseSheet.Answer> answers(CaseFile c, Language language) {
    JsonObject given =
        c.answers() == null || c.answers().isBlank()
            ? JsonValue.EMPTY_JSON_OBJECT
            : JsonOnce.PROVIDER.createReader(new StringReader(c.answers())).readObject();
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
}
