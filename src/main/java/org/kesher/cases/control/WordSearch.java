package org.kesher.cases.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * A search by words within one branch of the visibility rule, read from the blind word index one
 * unit at a time: the rows of the first word in one unit are an index range in creation order
 * ({@code case_word (word_hash, unit_id, created_at, case_id)}), the other words are looked up by
 * the case's key, and the case row answers the branch and the filter. So a page of a word held by
 * fifty thousand cases reads about as many rows as it shows, and a count stops at {@value
 * #COUNTED_AT_MOST} and past it says "more than". The visibility branch's own condition stays in
 * every query whole; the unit is only the way in.
 *
 * <p>A branch that names its assignee (the viewer's own sealed cases) is narrower than any word and
 * is searched from the case instead ({@link QueueConditions.Conditions#inline()}).
 */
final class WordSearch {

  /** The most cases a search by words counts. */
  static final int COUNTED_AT_MOST = 1_000;

  private final EntityManager em;
  private List<Long> allUnits;

  WordSearch(EntityManager em) {
    this.em = em;
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
    for (long unit : units(branch, unitId)) {
      TypedQuery<Object[]> query =
          em.createQuery(
              "SELECT c.id, "
                  + key(order)
                  + from(conditions)
                  + where(branch, conditions)
                  + orderBy(order),
              Object[].class);
      bind(query, branch, conditions, unit);
      rows.addAll(query.setMaxResults(limit).getResultList());
    }
    return rows;
  }

  /** How many of the branch's cases hold the words, counted up to {@code atMost}. */
  long count(
      CaseVisibility.Branch branch,
      QueueConditions.Conditions conditions,
      Long unitId,
      long atMost) {
    long total = 0;
    for (long unit : units(branch, unitId)) {
      if (total >= atMost) {
        break;
      }
      TypedQuery<Long> query =
          em.createQuery(
              "SELECT w0.caseId" + from(conditions) + where(branch, conditions), Long.class);
      bind(query, branch, conditions, unit);
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
            " WHERE w0.hash = :qWord0 AND w0.unitId = :qWordUnit AND c.id = w0.caseId");
    for (int i = 1; i < conditions.words().size(); i++) {
      where
          .append(" AND w")
          .append(i)
          .append(".caseId = w0.caseId AND w")
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
      long unit) {
    branch.bind(query);
    conditions.binding().accept(query);
    conditions.bindWords(query);
    query.setParameter("qWordUnit", unit);
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
