package org.kesher.cases.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A search by words within one branch of the visibility rule, read from the blind word index one
 * unit at a time: the rows of the first word in one unit of open (or of closed) cases are an index
 * range in creation order ({@link WordRange}), the other words are looked up by the case's key, and
 * the case row answers the branch and the filter. So a page of a word held by fifty thousand cases
 * reads about as many rows as it shows, and a count stops at {@value #COUNTED_AT_MOST} and past it
 * says "more than". The visibility branch's own condition stays in every query whole; the unit is
 * only the way in.
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

  /** The most rows of a word counted to find which of a search's words is the rarest. */
  static final int RARITY_COUNTED_AT_MOST = 1_000;

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
    if (conditions.openStates().isEmpty()) {
      return rows;
    }
    for (long unit : units(branch, unitId)) {
      rows.addAll(
          order == CaseQueries.Order.DUE_FIRST
              ? joined(
                  branch,
                  conditions,
                  new WordRange(unit, conditions.openStates()),
                  null,
                  order,
                  limit)
              : inOrder(branch, conditions, unit, order, limit));
    }
    return rows;
  }

  /**
   * The first {@code limit} cases of one unit in creation order, its ranges read one after the
   * other (open cases first when the newest come first, as they are mostly the newer) within one
   * reading budget: once a range has filled the page, the next is read only up to the page's last
   * case. When the budget is spent first, the database plans what is left ({@link #joined}).
   */
  private List<Object[]> inOrder(
      CaseVisibility.Branch branch,
      QueueConditions.Conditions conditions,
      long unit,
      CaseQueries.Order order,
      int limit) {
    boolean newest = order == CaseQueries.Order.NEWEST;
    conditions = rarestFirst(conditions, unit);
    List<Boolean> states =
        conditions.openStates().stream()
            .sorted(newest ? Comparator.reverseOrder() : Comparator.naturalOrder())
            .toList();
    List<Object[]> found = new ArrayList<>();
    Object[] bound = null;
    int budget = reading.scannedAtMost();
    for (int i = 0; i < states.size(); i++) {
      Scan scan =
          scan(
              branch,
              conditions,
              new WordRange(unit, List.of(states.get(i))),
              bound,
              newest,
              limit,
              budget);
      if (!scan.complete()) {
        WordRange rest = new WordRange(unit, states.subList(i, states.size()));
        found.addAll(joined(branch, conditions, rest, bound, order, limit));
        return found;
      }
      found.addAll(scan.found());
      budget -= scan.scanned();
      if (found.size() >= limit) {
        found.sort(order.rows());
        bound = found.get(limit - 1);
      }
    }
    return found;
  }

  /**
   * The words with the one held by the fewest of the unit's cases first (rows counted up to {@value
   * #RARITY_COUNTED_AT_MOST}), so that a page is read along the rarest word's rows: a street held
   * by thousands of cases beside a word held by thirty reads thirty rows.
   */
  private QueueConditions.Conditions rarestFirst(QueueConditions.Conditions conditions, long unit) {
    if (conditions.words().size() < 2) {
      return conditions;
    }
    WordRange range = new WordRange(unit, conditions.openStates());
    Map<Long, Integer> rows = new HashMap<>();
    for (Long word : conditions.words()) {
      TypedQuery<Long> rowsOfWord =
          em.createQuery(
              "SELECT w0.caseId FROM CaseWord w0 WHERE w0.hash = :qWord0" + range.condition(),
              Long.class);
      range.bind(rowsOfWord.setParameter("qWord0", word));
      rows.put(word, rowsOfWord.setMaxResults(RARITY_COUNTED_AT_MOST).getResultList().size());
    }
    List<Long> words = new ArrayList<>(conditions.words());
    words.sort(Comparator.comparing(rows::get));
    return new QueueConditions.Conditions(
        conditions.where(), conditions.binding(), words, conditions.openStates());
  }

  /** What a reading of one range in order found, how many rows it read, and whether it finished. */
  private record Scan(List<Object[]> found, int scanned, boolean complete) {}

  /**
   * The first {@code limit} cases of one range before {@code bound} (when given), read along the
   * first word's rows in the page's order a chunk at a time, each chunk's cases then checked
   * against the rule, the filter and the other words by their keys; most searches stop within the
   * first chunk. Unfinished when {@code budget} rows were read without filling the page (the words
   * are common and seldom meet, or the filter is narrow).
   */
  private Scan scan(
      CaseVisibility.Branch branch,
      QueueConditions.Conditions conditions,
      WordRange range,
      Object[] bound,
      boolean newest,
      int limit,
      int budget) {
    List<Object[]> found = new ArrayList<>();
    Object[] last = null;
    int scanned = 0;
    int chunk = reading.firstChunk();
    while (found.size() < limit) {
      if (scanned >= budget) {
        return new Scan(found, scanned, false);
      }
      TypedQuery<Object[]> rowsOfWord =
          em.createQuery(
              "SELECT w0.caseId, w0.createdAt FROM CaseWord w0 WHERE w0.hash = :qWord0"
                  + range.condition()
                  + (last == null ? "" : WordRange.beyond(newest, "qAt", "qId"))
                  + (bound == null ? "" : WordRange.beyond(!newest, "qBoundAt", "qBoundId"))
                  + (newest
                      ? " ORDER BY w0.createdAt DESC, w0.caseId DESC"
                      : " ORDER BY w0.createdAt, w0.caseId"),
              Object[].class);
      rowsOfWord.setParameter("qWord0", conditions.words().get(0));
      range.bind(rowsOfWord);
      WordRange.bindBound(rowsOfWord, bound);
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
    return new Scan(found, scanned, true);
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

  /**
   * The first {@code limit} cases of one range before {@code bound} (when given), as the database
   * plans the whole search.
   */
  private List<Object[]> joined(
      CaseVisibility.Branch branch,
      QueueConditions.Conditions conditions,
      WordRange range,
      Object[] bound,
      CaseQueries.Order order,
      int limit) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "SELECT c.id, "
                + WordRange.key(order)
                + WordRange.from(conditions)
                + range.where(branch, conditions)
                + (bound == null
                    ? ""
                    : WordRange.beyond(order != CaseQueries.Order.NEWEST, "qBoundAt", "qBoundId"))
                + WordRange.orderBy(order),
            Object[].class);
    range.bind(query, branch, conditions);
    WordRange.bindBound(query, bound);
    return query.setMaxResults(limit).getResultList();
  }

  /** How many of the branch's cases hold the words, counted up to {@code atMost}. */
  long count(
      CaseVisibility.Branch branch,
      QueueConditions.Conditions conditions,
      Long unitId,
      long atMost) {
    long total = 0;
    for (long unit : conditions.openStates().isEmpty() ? List.<Long>of() : units(branch, unitId)) {
      if (total >= atMost) {
        break;
      }
      WordRange range = new WordRange(unit, conditions.openStates());
      TypedQuery<Long> query =
          em.createQuery(
              "SELECT w0.caseId" + WordRange.from(conditions) + range.where(branch, conditions),
              Long.class);
      range.bind(query, branch, conditions);
      total += query.setMaxResults((int) (atMost - total)).getResultList().size();
    }
    return total;
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
