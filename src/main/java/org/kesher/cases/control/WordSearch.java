package org.kesher.cases.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A search by words within one branch of the visibility rule, read from the blind word index one
 * unit at a time, open cases apart from closed ones: the rows of the first word in one unit of open
 * (or of closed) cases are an index range in creation order ({@code case_word (word_hash, unit_id,
 * case_open, created_at, case_id)}), the other words are looked up by the case's key, and the case
 * row answers the branch and the filter. So a page of a word held by fifty thousand cases reads
 * about as many rows as it shows, and a count stops at {@value #COUNTED_AT_MOST} and past it says
 * "more than". The visibility branch's own condition stays in every query whole; the unit is only
 * the way in.
 *
 * <p>A branch that names its assignee (the viewer's own sealed cases) is narrower than any word and
 * is searched from the case instead ({@link QueueConditions.Conditions#inline()}).
 */
final class WordSearch {

  /**
   * How far a search reads: the first chunk of the first word's rows and the largest, the rows read
   * in order before the database plans the search instead, and the most cases counted.
   */
  record Reading(int firstChunk, int largestChunk, int scannedAtMost, int countedAtMost) {
    static final Reading USUAL = new Reading(200, 2_000, 6_000, COUNTED_AT_MOST);
  }

  /** The most cases a search by words counts. */
  static final int COUNTED_AT_MOST = 1_000;

  private final EntityManager em;
  private final Reading reading;
  private List<Long> allUnits;

  WordSearch(EntityManager em, Reading reading) {
    this.em = em;
    this.reading = reading;
  }

  /** Whether a branch's cases holding some words are read from the word index. */
  static boolean readsFromTheIndex(
      CaseVisibility.Branch branch, QueueConditions.Conditions conditions) {
    return !conditions.words().isEmpty() && branch.assignee() == null;
  }

  /** The ids and sort keys of the first {@code limit} cases of each unit the branch may hold. */
  List<Object[]> rows(
      CaseVisibility.Branch branch,
      QueueConditions.Conditions conditions,
      Long unitId,
      CaseQueries.Order order,
      int limit) {
    List<Object[]> rows = new ArrayList<>();
    for (Range range : ranges(branch, conditions, unitId)) {
      Optional<List<Object[]>> inOrder =
          order == CaseQueries.Order.DUE_FIRST
              ? Optional.empty()
              : inOrder(branch, conditions, range, order, limit);
      rows.addAll(inOrder.orElseGet(() -> joined(branch, conditions, range, order, limit)));
    }
    return rows;
  }

  /**
   * The first {@code limit} cases of one range, read along the first word's rows in the page's
   * order a chunk at a time, each chunk's cases then checked against the rule, the filter and the
   * other words by their keys; most searches stop within the first chunk. Empty when {@link
   * Reading#scannedAtMost()} rows were read without filling the page (the words are common and
   * seldom meet, or the filter is narrow): then the database's own plan ({@link #joined}) is the
   * faster.
   */
  private Optional<List<Object[]>> inOrder(
      CaseVisibility.Branch branch,
      QueueConditions.Conditions conditions,
      Range range,
      CaseQueries.Order order,
      int limit) {
    boolean newest = order == CaseQueries.Order.NEWEST;
    List<Object[]> found = new ArrayList<>();
    Object[] last = null;
    int scanned = 0;
    int chunk = reading.firstChunk();
    while (found.size() < limit) {
      if (scanned >= reading.scannedAtMost()) {
        return Optional.empty();
      }
      TypedQuery<Object[]> rowsOfWord =
          em.createQuery(
              "SELECT w0.caseId, w0.createdAt FROM CaseWord w0 WHERE w0.hash = :qWord0"
                  + " AND w0.unitId = :qWordUnit AND w0.caseOpen = :qWordOpen"
                  + (last == null ? "" : after(newest))
                  + (newest
                      ? " ORDER BY w0.createdAt DESC, w0.caseId DESC"
                      : " ORDER BY w0.createdAt, w0.caseId"),
              Object[].class);
      rowsOfWord.setParameter("qWord0", conditions.words().get(0));
      range.bind(rowsOfWord);
      if (last != null) {
        rowsOfWord.setParameter("qAt", last[1]).setParameter("qId", last[0]);
      }
      List<Object[]> candidates = rowsOfWord.setMaxResults(chunk).getResultList();
      if (!candidates.isEmpty()) {
        found.addAll(checked(branch, conditions, candidates, newest));
        last = candidates.get(candidates.size() - 1);
        scanned += candidates.size();
      }
      if (candidates.size() < chunk) {
        break;
      }
      chunk = Math.min(2 * chunk, reading.largestChunk());
    }
    return Optional.of(found);
  }

  /** The cursor: rows after the last one read, in the page's order. */
  private static String after(boolean newest) {
    String before = newest ? " < " : " > ";
    return " AND (w0.createdAt"
        + before
        + ":qAt OR (w0.createdAt = :qAt AND w0.caseId"
        + before
        + ":qId))";
  }

  /**
   * Of some cases holding the first word, those the branch, the filter and the other words keep.
   */
  private List<Object[]> checked(
      CaseVisibility.Branch branch,
      QueueConditions.Conditions conditions,
      List<Object[]> candidates,
      boolean newest) {
    StringBuilder query =
        new StringBuilder(
                "SELECT c.id, c.createdAt FROM CaseFile c WHERE c.id IN :qCandidates AND ")
            .append(branch.condition("c"))
            .append(conditions.where());
    query.append(QueueConditions.Conditions.holding(1, conditions.words().size(), true));
    query.append(newest ? " ORDER BY c.createdAt DESC, c.id DESC" : " ORDER BY c.createdAt, c.id");
    TypedQuery<Object[]> check = em.createQuery(query.toString(), Object[].class);
    branch.bind(check);
    conditions.binding().accept(check);
    check.setParameter("qCandidates", candidates.stream().map(row -> (Long) row[0]).toList());
    for (int i = 1; i < conditions.words().size(); i++) {
      check.setParameter("qWord" + i, conditions.words().get(i));
    }
    return check.getResultList();
  }

  /** The first {@code limit} cases of one range, as the database plans the whole search. */
  private List<Object[]> joined(
      CaseVisibility.Branch branch,
      QueueConditions.Conditions conditions,
      Range range,
      CaseQueries.Order order,
      int limit) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT c.id, "
                + key(order)
                + from(conditions)
                + where(branch, conditions)
                + orderBy(order),
            Object[].class);
    bind(query, branch, conditions, range);
    return query.setMaxResults(limit).getResultList();
  }

  /** How many of the branch's cases hold the words, counted up to {@code atMost}. */
  long count(
      CaseVisibility.Branch branch,
      QueueConditions.Conditions conditions,
      Long unitId,
      long atMost) {
    long total = 0;
    for (Range range : ranges(branch, conditions, unitId)) {
      if (total >= atMost) {
        break;
      }
      TypedQuery<Long> query =
          em.createQuery(
              "SELECT w0.caseId" + from(conditions) + where(branch, conditions), Long.class);
      bind(query, branch, conditions, range);
      total += query.setMaxResults((int) (atMost - total)).getResultList().size();
    }
    return total;
  }

  private static String from(QueueConditions.Conditions conditions) {
    StringBuilder from = new StringBuilder(" FROM CaseWord w0, CaseFile c");
    for (int i = 1; i < conditions.words().size(); i++) {
      from.append(", CaseWord w").append(i);
    }
    return from.toString();
  }

  private static String where(CaseVisibility.Branch branch, QueueConditions.Conditions conditions) {
    StringBuilder where =
        new StringBuilder(
            " WHERE w0.hash = :qWord0 AND w0.unitId = :qWordUnit AND w0.caseOpen = :qWordOpen"
                + " AND c.id = w0.caseId");
    for (int i = 1; i < conditions.words().size(); i++) {
      where
          .append(" AND w")
          .append(i)
          .append(".caseId = w0.caseId AND w")
          .append(i)
          .append(".unitId = :qWordUnit AND w")
          .append(i)
          .append(".hash = :qWord")
          .append(i);
    }
    return where
        .append(" AND ")
        .append(branch.condition("c"))
        .append(conditions.where())
        .toString();
  }

  private static void bind(
      TypedQuery<?> query,
      CaseVisibility.Branch branch,
      QueueConditions.Conditions conditions,
      Range range) {
    branch.bind(query);
    conditions.binding().accept(query);
    conditions.bindWords(query);
    range.bind(query);
  }

  /** The sort key: the word row's creation time (the index's order), or the case's due time. */
  private static String key(CaseQueries.Order order) {
    return order == CaseQueries.Order.DUE_FIRST ? "c.resolutionDue" : "w0.createdAt";
  }

  private static String orderBy(CaseQueries.Order order) {
    return switch (order) {
      case NEWEST -> " ORDER BY w0.createdAt DESC, w0.caseId DESC";
      case OLDEST -> " ORDER BY w0.createdAt, w0.caseId";
      case DUE_FIRST -> " ORDER BY c.resolutionDue, c.id";
    };
  }

  /** One index range of the first word's rows: one unit's open cases, or its closed ones. */
  private record Range(long unit, boolean open) {

    void bind(TypedQuery<?> query) {
      query.setParameter("qWordUnit", unit).setParameter("qWordOpen", open);
    }
  }

  /** The ranges a search reads: each unit the branch's cases can be in, open and/or closed. */
  private List<Range> ranges(
      CaseVisibility.Branch branch, QueueConditions.Conditions conditions, Long unitId) {
    List<Range> ranges = new ArrayList<>();
    for (long unit : units(branch, unitId)) {
      for (boolean open : conditions.openStates()) {
        ranges.add(new Range(unit, open));
      }
    }
    return ranges;
  }

  /** The units a branch's cases can be in: the filter's, the branch's own, or every unit. */
  private List<Long> units(CaseVisibility.Branch branch, Long unitId) {
    if (unitId != null) {
      return List.of(unitId);
    }
    if (branch.units() != null) {
      return branch.units().stream().sorted().toList();
    }
    if (allUnits == null) {
      allUnits =
          em.createQuery("SELECT u.id FROM Unit u ORDER BY u.id", Long.class).getResultList();
    }
    return allUnits.stream().filter(branch::mayHoldUnit).toList();
  }
}
