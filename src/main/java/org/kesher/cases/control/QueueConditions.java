package org.kesher.cases.control;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.catalogue.control.BusinessCalendar;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.Normalised;
import org.kesher.sealing.control.SealingKeys;
import org.kesher.sealing.control.SearchWords;

/**
 * The JPQL conditions of a {@link QueueFilter}, added after the visibility rule's. Sealed values
 * are never decrypted to be compared: a search finds
 *
 * <ul>
 *   <li>a reference (KS-2026-000123, in any case): that case;
 *   <li>a text with an @: the requester's exact email, by its blind index;
 *   <li>a phone number (digits, spaces, dashes, a leading +; 6 characters or more): the requester's
 *       exact phone, by its blind index;
 *   <li>any other text: the cases whose requester's full name is exactly that text (blind index),
 *       together with the cases whose texts hold every word of it (the blind word index, {@link
 *       SearchWords}; at most {@value #WORDS_AT_MOST} words, function words and single letters left
 *       out). The two are asked for apart and joined, each from its own index; a case found both
 *       ways is listed and counted once.
 * </ul>
 */
final class QueueConditions {

  /** The most words of a search that are looked for; more are left out. */
  static final int WORDS_AT_MOST = 8;

  private QueueConditions() {}

  /**
   * One set of conditions (starting with " AND ") and the binding of its parameters, the hashes of
   * the words every case must hold (none: no word condition), and whether the cases may be open,
   * closed or either ({@code openStates}: the values of {@code case_word.case_open} to read). The
   * words are kept apart so that a page of one unit can be read from the word index in order
   * ({@link WordSearch}); {@link #inline()} writes them as conditions on the case instead, where
   * the case's other conditions are the narrower (an exact name, the viewer's own cases).
   */
  record Conditions(
      String where, Consumer<TypedQuery<?>> binding, List<Long> words, List<Boolean> openStates) {

    /** Open cases and closed ones. */
    static final List<Boolean> EITHER = List.of(true, false);

    static final Conditions NONE = new Conditions("", q -> {}, List.of(), EITHER);

    Conditions(String where, Consumer<TypedQuery<?>> binding) {
      this(where, binding, List.of(), EITHER);
    }

    Conditions {
      words = List.copyOf(words);
      openStates = List.copyOf(openStates);
    }

    Conditions and(Conditions more) {
      List<Long> both = new ArrayList<>(words);
      both.addAll(more.words);
      return new Conditions(
          where + more.where,
          q -> {
            binding.accept(q);
            more.binding.accept(q);
          },
          both,
          openStates.stream().filter(more.openStates::contains).toList());
    }

    /** The same conditions with each word a condition of its own on the case: c.id IN (...). */
    Conditions inline() {
      if (words.isEmpty()) {
        return this;
      }
      return new Conditions(
          where + holding(0, words.size(), false),
          q -> {
            binding.accept(q);
            bindWords(q);
          },
          List.of(),
          openStates);
    }

    /**
     * " AND c.id IN (SELECT wI.caseId FROM CaseWord wI WHERE wI.hash = :qWordI)" for the words
     * {@code from} to {@code to} (exclusive), each also among {@code :qCandidates} when asked.
     */
    static String holding(int from, int to, boolean amongCandidates) {
      StringBuilder in = new StringBuilder();
      for (int i = from; i < to; i++) {
        String w = "w" + i;
        in.append(" AND c.id IN (SELECT ")
            .append(w)
            .append(".caseId FROM CaseWord ")
            .append(w)
            .append(" WHERE ")
            .append(amongCandidates ? w + ".caseId IN :qCandidates AND " : "")
            .append(w)
            .append(".hash = :qWord")
            .append(i)
            .append(")");
      }
      return in.toString();
    }

    /** Binds the words' hashes as :qWord0, :qWord1, ... */
    void bindWords(TypedQuery<?> query) {
      for (int i = 0; i < words.size(); i++) {
        query.setParameter("qWord" + i, words.get(i));
      }
    }
  }

  /**
   * What a filter asks for: the cases meeting one of {@code alternatives}; {@code overlap}, when
   * there are two, meets both (to count a case found both ways once).
   */
  record Wanted(List<Conditions> alternatives, Conditions overlap) {}

  static Wanted of(QueueFilter filter, Viewer viewer, Instant now) {
    Conditions common = new Conditions(common(filter), q -> bind(q, viewer, filter, now));
    Optional<Search> search = search(filter);
    if (search.isEmpty()) {
      return new Wanted(List.of(common), null);
    }
    Search s = search.get();
    Conditions exact =
        new Conditions(
            switch (s.kind()) {
              case REFERENCE -> " AND c.reference = :qSearch";
              case PHONE -> " AND c.requesterPhoneIndex = :qSearch";
              case EMAIL -> " AND c.requesterEmailIndex = :qSearch";
              case NAME -> " AND c.requesterNameIndex = :qSearch";
            },
            q -> q.setParameter("qSearch", s.value()));
    if (s.words().isEmpty()) {
      return new Wanted(List.of(common.and(exact)), null);
    }
    Conditions words = new Conditions("", q -> {}, s.words(), openStates(filter));
    return new Wanted(
        List.of(common.and(exact), common.and(words)), common.and(exact).and(words).inline());
  }

  /** Whether the cases a filter lists may be open, closed or either (open first). */
  static List<Boolean> openStates(QueueFilter filter) {
    Set<CaseStatus> statuses =
        filter.status() == null ? filter.queue().statuses() : Set.of(filter.status());
    return Conditions.EITHER.stream()
        .filter(open -> statuses.stream().anyMatch(status -> status.isOpen() == open))
        .toList();
  }

  private static String common(QueueFilter filter) {
    StringBuilder where = new StringBuilder();
    switch (filter.queue()) {
      case UNASSIGNED -> where.append(" AND c.status IN :qOpen AND c.assignee IS NULL");
      case MINE -> where.append(" AND c.status IN :qOpen AND c.assignee.id = :qMe");
      case OPEN -> where.append(" AND c.status IN :qOpen");
      case WAITING -> where.append(" AND c.status = :qWaiting");
      case OVERDUE -> where.append(" AND c.status IN :qRunning AND c.resolutionDue < :qNow");
      case CLOSED -> where.append(" AND c.status IN :qClosed");
      case ALL -> {
        // every status
      }
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
    return where.toString();
  }

  private static void bind(TypedQuery<?> query, Viewer viewer, QueueFilter filter, Instant now) {
    switch (filter.queue()) {
      case UNASSIGNED, OPEN -> query.setParameter("qOpen", CaseStatus.OPEN);
      case MINE ->
          query.setParameter("qOpen", CaseStatus.OPEN).setParameter("qMe", viewer.staffId());
      case WAITING -> query.setParameter("qWaiting", CaseStatus.WAITING_FOR_RESIDENT);
      case OVERDUE ->
          query.setParameter("qRunning", ServiceClock.RUNNING).setParameter("qNow", now);
      case CLOSED -> query.setParameter("qClosed", List.copyOf(Queue.CLOSED.statuses()));
      case ALL -> {
        // nothing to bind
      }
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
  }

  enum SearchKind {
    REFERENCE,
    PHONE,
    EMAIL,
    NAME
  }

  /**
   * A search as the database looks for it: the exact value of one kind, and for a name also the
   * hashes of its words (empty otherwise).
   */
  record Search(SearchKind kind, String value, List<Long> words) {}

  /** What a search text is: a reference, an email, a phone number, else a name or words. */
  static Optional<Search> search(QueueFilter filter) {
    String text = filter.search() == null ? "" : filter.search().strip();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<CaseReference> reference = CaseReference.parse(text.toUpperCase());
    if (reference.isPresent()) {
      return Optional.of(new Search(SearchKind.REFERENCE, reference.get().toString(), List.of()));
    }
    KeyRing ring = SealingKeys.ring();
    if (text.contains("@")) {
      return Optional.of(
          new Search(SearchKind.EMAIL, ring.blindIndex(Normalised.email(text)), List.of()));
    }
    if (text.matches("\\+?[0-9][0-9 \\-]{5,}")) {
      return Optional.of(
          new Search(SearchKind.PHONE, ring.blindIndex(Normalised.phone(text)), List.of()));
    }
    List<Long> words = new ArrayList<>();
    for (String word : SearchWords.searched(text)) {
      if (words.size() < WORDS_AT_MOST) {
        words.add(ring.wordIndex(word));
      }
    }
    return Optional.of(new Search(SearchKind.NAME, ring.blindIndex(Normalised.name(text)), words));
  }
}
