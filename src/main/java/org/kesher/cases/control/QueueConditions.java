package org.kesher.cases.control;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Optional;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.sealing.control.Normalised;
import org.kesher.sealing.control.SealingKeys;

/**
 * The JPQL conditions of a {@link QueueFilter}, added after the visibility rule's. A search finds a
 * reference, or a requester by the blind index of their exact phone, email or name: sealed values
 * are never decrypted to be compared.
 */
final class QueueConditions {

  private QueueConditions() {}

  static String of(QueueFilter filter) {
    StringBuilder where = new StringBuilder();
    switch (filter.queue()) {
      case UNASSIGNED -> where.append(" AND c.status IN :qOpen AND c.assignee IS NULL");
      case MINE -> where.append(" AND c.status IN :qOpen AND c.assignee.id = :qMe");
      case OPEN -> where.append(" AND c.status IN :qOpen");
      case WAITING -> where.append(" AND c.status = :qWaiting");
      case OVERDUE -> where.append(" AND c.status IN :qOpen AND c.resolutionDue < :qNow");
      default -> throw new IllegalStateException("unknown queue " + filter.queue());
    }
    if (filter.unitId() != null) {
      where.append(" AND c.unit.id = :qUnit");
    }
    if (filter.status() != null) {
      where.append(" AND c.status = :qStatus");
    }
    if (filter.requestType() != null) {
      where.append(" AND c.requestType.code = :qType");
    }
    if (filter.locality() != null) {
      where.append(" AND c.locality.code = :qLocality");
    }
    if (filter.assigneeId() != null) {
      where.append(" AND c.assignee.id = :qAssignee");
    }
    if (filter.createdFrom() != null) {
      where.append(" AND c.createdAt >= :qFrom");
    }
    if (filter.createdTo() != null) {
      where.append(" AND c.createdAt < :qUntil");
    }
    search(filter)
        .ifPresent(
            s ->
                where.append(
                    switch (s.kind()) {
                      case REFERENCE -> " AND c.reference = :qSearch";
                      case PHONE -> " AND c.requesterPhoneIndex = :qSearch";
                      case EMAIL -> " AND c.requesterEmailIndex = :qSearch";
                      case NAME -> " AND c.requesterNameIndex = :qSearch";
                    }));
    return where.toString();
  }

  static <T> TypedQuery<T> bind(
      TypedQuery<T> query, Viewer viewer, QueueFilter filter, Instant now) {
    switch (filter.queue()) {
      case UNASSIGNED, OPEN -> query.setParameter("qOpen", CaseStatus.OPEN);
      case MINE ->
          query.setParameter("qOpen", CaseStatus.OPEN).setParameter("qMe", viewer.staffId());
      case WAITING -> query.setParameter("qWaiting", CaseStatus.WAITING_FOR_RESIDENT);
      case OVERDUE -> query.setParameter("qOpen", CaseStatus.OPEN).setParameter("qNow", now);
      default -> throw new IllegalStateException("unknown queue " + filter.queue());
    }
    if (filter.unitId() != null) {
      query.setParameter("qUnit", filter.unitId());
    }
    if (filter.status() != null) {
      query.setParameter("qStatus", filter.status());
    }
    if (filter.requestType() != null) {
      query.setParameter("qType", filter.requestType());
    }
    if (filter.locality() != null) {
      query.setParameter("qLocality", filter.locality());
    }
    if (filter.assigneeId() != null) {
      query.setParameter("qAssignee", filter.assigneeId());
    }
    if (filter.createdFrom() != null) {
      query.setParameter(
          "qFrom", filter.createdFrom().atStartOfDay(BusinessCalendar.ISRAEL).toInstant());
    }
    if (filter.createdTo() != null) {
      query.setParameter(
          "qUntil",
          filter.createdTo().plusDays(1).atStartOfDay(BusinessCalendar.ISRAEL).toInstant());
    }
    search(filter).ifPresent(s -> query.setParameter("qSearch", s.value()));
    return query;
  }

  enum SearchKind {
    REFERENCE,
    PHONE,
    EMAIL,
    NAME
  }

  record Search(SearchKind kind, String value) {}

  /** What a search text is: a reference, an email, a phone number, else a name. */
  static Optional<Search> search(QueueFilter filter) {
    String text = filter.search() == null ? "" : filter.search().strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<CaseReference> reference = CaseReference.parse(text.toUpperCase());
    if (reference.isPresent()) {
      return Optional.of(new Search(SearchKind.REFERENCE, reference.get().toString()));
    }
    var ring = SealingKeys.ring();
    if (text.contains("@")) {
      return Optional.of(new Search(SearchKind.EMAIL, ring.blindIndex(Normalised.email(text))));
    }
    if (text.matches("\\+?[0-9][0-9 \\-]{5,}")) {
      return Optional.of(new Search(SearchKind.PHONE, ring.blindIndex(Normalised.phone(text))));
    }
    return Optional.of(new Search(SearchKind.NAME, ring.blindIndex(Normalised.name(text))));
  }
}
