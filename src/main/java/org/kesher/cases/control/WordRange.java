package org.kesher.cases.control;

import jakarta.persistence.TypedQuery;
import java.util.List;

/**
 * An index range of a word search's first word ({@code case_word (word_hash, unit_id, case_open,
 * created_at, case_id)}): one unit's rows of open cases, of closed ones, or of both (then read as
 * one, the unit's rows whatever their state), and the text of the queries that read it.
 */
record WordRange(long unit, List<Boolean> states) {

  String condition() {
    return " AND w0.unitId = :qWordUnit"
        + (states.size() == 1 ? " AND w0.caseOpen = :qWordOpen" : "");
  }

  void bind(TypedQuery<?> query) {
    query.setParameter("qWordUnit", unit);
    if (states.size() == 1) {
      query.setParameter("qWordOpen", states.get(0));
    }
  }

  /**
   * Rows after the one whose time and id the two parameters name, in the order newest first (or
   * oldest first): the cursor past the last row read, and the other way round the page's bound.
   */
  static String beyond(boolean newest, String at, String id) {
    String before = newest ? " < :" : " > :";
    return " AND (w0.createdAt"
        + before
        + at
        + " OR (w0.createdAt = :"
        + at
        + " AND w0.caseId"
        + before
        + id
        + "))";
  }

  static void bindBound(TypedQuery<?> query, Object[] bound) {
    if (bound != null) {
      query.setParameter("qBoundAt", bound[1]).setParameter("qBoundId", bound[0]);
    }
  }

  static String from(QueueConditions.Conditions conditions) {
    StringBuilder from = new StringBuilder(" FROM CaseWord w0, CaseFile c");
    for (int i = 1; i < conditions.words().size(); i++) {
      from.append(", CaseWord w").append(i);
    }
    return from.toString();
  }

  String where(CaseVisibility.Branch branch, QueueConditions.Conditions conditions) {
    StringBuilder where =
        new StringBuilder(" WHERE w0.hash = :qWord0" + condition() + " AND c.id = w0.caseId");
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

  void bind(
      TypedQuery<?> query, CaseVisibility.Branch branch, QueueConditions.Conditions conditions) {
    branch.bind(query);
    conditions.binding().accept(query);
    conditions.bindWords(query);
    bind(query);
  }

  /** The sort key: the word row's creation time (the index's order), or the case's due time. */
  static String key(CaseQueries.Order order) {
    return order == CaseQueries.Order.DUE_FIRST ? "c.resolutionDue" : "w0.createdAt";
  }

  static String orderBy(CaseQueries.Order order) {
    return switch (order) {
      case NEWEST -> " ORDER BY w0.createdAt DESC, w0.caseId DESC";
      case OLDEST -> " ORDER BY w0.createdAt, w0.caseId";
      case DUE_FIRST -> " ORDER BY c.resolutionDue, c.id";
    };
  }
}
