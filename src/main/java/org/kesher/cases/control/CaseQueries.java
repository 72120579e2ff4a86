package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseStatus;

/**
 * Cases as a staff member finds them: every query here carries {@link CaseVisibility}'s condition,
 * so a case the viewer may not see is never loaded, counted or opened; for them it does not exist.
 */
@ApplicationScoped
public class CaseQueries {

  @PersistenceContext EntityManager em;

  java.time.Clock clock = java.time.Clock.systemUTC();

  /** The most cases a search by words counts ({@link #count(Viewer, QueueFilter)}). */
  public static final int WORDS_COUNTED_AT_MOST = WordSearch.COUNTED_AT_MOST;

  /** How far a search by words reads and counts (the tests make it read less). */
  WordSearch.Reading wordReading = WordSearch.Reading.USUAL;

  /** The newest cases the viewer may see, a page at a time. */
  public List<CaseFile> visible(Viewer viewer, int first, int max) {
    return page(viewer, List.of(QueueConditions.Conditions.NONE), null, Order.NEWEST, first, max);
  }

  public long countVisible(Viewer viewer) {
    return count(viewer, QueueConditions.Conditions.NONE, null);
  }

  /** Whether a filter's search looks for words (and its count may stop at the bound). */
  public static boolean searchesWords(QueueFilter filter) {
    return QueueConditions.search(filter).map(s -> !s.words().isEmpty()).orElse(false);
  }

  /** Sort orders a queue offers: newest first, or the most urgent first. */
  public enum Order {
    NEWEST(" ORDER BY c.createdAt DESC, c.id DESC", "c.createdAt"),
    OLDEST(" ORDER BY c.createdAt, c.id", "c.createdAt"),
    DUE_FIRST(" ORDER BY c.resolutionDue, c.id", "c.resolutionDue");

    private final String orderBy;
    private final String key;

    Order(String orderBy, String key) {
      this.orderBy = orderBy;
      this.key = key;
    }

    /** The order of rows {id, key} as the database sorts them (a null key first, ascending). */
    Comparator<Object[]> rows() {
      Comparator<Object[]> ascending =
          Comparator.<Object[], Instant>comparing(
                  row -> (Instant) row[1], Comparator.nullsFirst(Comparator.naturalOrder()))
              .thenComparing(row -> (Long) row[0]);
      return this == NEWEST ? ascending.reversed() : ascending;
    }
  }

  /** One page of a queue, the visibility rule and the filter applied in the database. */
  public List<CaseFile> queue(Viewer viewer, QueueFilter filter, Order order, int first, int max) {
    var wanted = QueueConditions.of(filter, viewer, clock.instant());
    return page(viewer, wanted.alternatives(), filter.unitId(), order, first, max);
  }

  /**
   * How many cases a queue holds as filtered: a search found two ways (a name, words) counts each
   * way and takes away the cases found both ways. Cases found by words are counted up to {@link
   * #WORDS_COUNTED_AT_MOST}; a count above it means "more than".
   */
  public long count(Viewer viewer, QueueFilter filter) {
    var wanted = QueueConditions.of(filter, viewer, clock.instant());
    long total = 0;
    for (var alternative : wanted.alternatives()) {
      total += count(viewer, alternative, filter.unitId());
    }
    if (wanted.overlap() != null) {
      total -= count(viewer, wanted.overlap(), filter.unitId());
    }
    return total;
  }

  /**
   * A page in three steps, each an index range: the ids and sort keys of the first {@code first +
   * max} cases of every branch of the visibility rule (and of every alternative of a search),
   * merged in order, each case once; then the page's cases by id, with their type, unit and
   * assignee in one query each.
   */
  private List<CaseFile> page(
      Viewer viewer,
      List<QueueConditions.Conditions> alternatives,
      Long unitId,
      Order order,
      int first,
      int max) {
    List<CaseVisibility.Branch> branches = CaseVisibility.of(viewer).branchesFor(unitId);
    boolean single =
        branches.size() * alternatives.size() == 1 && alternatives.get(0).words().isEmpty();
    WordSearch words = new WordSearch(em, wordReading);
    Map<Long, Object[]> rows = new HashMap<>();
    for (CaseVisibility.Branch branch : branches) {
      for (var wanted : alternatives) {
        List<Object[]> found;
        if (WordSearch.readsFromTheIndex(branch, wanted)) {
          found = words.rows(branch, wanted, unitId, order, first + max);
        } else {
          var conditions = wanted.inline();
          TypedQuery<Object[]> ids =
              branch.bind(
                  em.createQuery(
                      "SELECT c.id, "
                          + order.key
                          + " FROM CaseFile c WHERE "
                          + branch.condition("c")
                          + conditions.where()
                          + order.orderBy,
                      Object[].class));
          conditions.binding().accept(ids);
          if (single) {
            ids.setFirstResult(first).setMaxResults(max);
          } else {
            ids.setMaxResults(first + max);
          }
          found = ids.getResultList();
        }
        for (Object[] row : found) {
          rows.putIfAbsent((Long) row[0], row);
        }
      }
    }
    List<Long> pageIds =
        rows.values().stream()
            .sorted(order.rows())
            .skip(single ? 0 : first)
            .limit(max)
            .map(row -> (Long) row[0])
            .toList();
    if (pageIds.isEmpty()) {
      return List.of();
    }
    CaseVisibility rule = CaseVisibility.of(viewer);
    Map<Long, CaseFile> byId = new HashMap<>();
    for (CaseFile c :
        rule.bind(
                em.createQuery(
                    "SELECT c FROM CaseFile c WHERE c.id IN :ids AND " + rule.condition("c"),
                    CaseFile.class))
            .setParameter("ids", pageIds)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "c.requestType")
            .setHint("eclipselink.batch", "c.unit")
            .setHint("eclipselink.batch", "c.assignee")
            .setHint("eclipselink.batch", "c.assignee.roles")
            .setHint("eclipselink.batch", "c.locality")
            .getResultList()) {
      byId.put(c.id(), c);
    }
    return pageIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /**
   * A count as the sum of the visibility rule's branches, which share no case; cases holding some
   * words are counted up to {@link WordSearch.Reading#countedAtMost()} and one more.
   */
  private long count(Viewer viewer, QueueConditions.Conditions wanted, Long unitId) {
    long total = 0;
    WordSearch words = new WordSearch(em, wordReading);
    for (CaseVisibility.Branch branch : CaseVisibility.of(viewer).branchesFor(unitId)) {
      if (WordSearch.readsFromTheIndex(branch, wanted)) {
        total += words.count(branch, wanted, unitId, wordReading.countedAtMost() + 1L - total);
        continue;
      }
      var conditions = wanted.inline();
      TypedQuery<Long> count =
          branch.bind(
              em.createQuery(
                  "SELECT COUNT(c) FROM CaseFile c WHERE "
                      + branch.condition("c")
                      + conditions.where(),
                  Long.class));
      conditions.binding().accept(count);
      total += count.getSingleResult();
    }
    return wanted.words().isEmpty() ? total : Math.min(total, wordReading.countedAtMost() + 1L);
  }

  /**
   * The count badge of every queue, for one unit or all the viewer's: one query per branch of the
   * visibility rule, counting every queue of its open cases at once.
   */
  public Map<Queue, Long> badges(Viewer viewer, Long unitId) {
    Map<Queue, Long> badges = new EnumMap<>(Queue.class);
    for (Queue queue : Queue.values()) {
      badges.put(queue, 0L);
    }
    for (CaseVisibility.Branch branch : CaseVisibility.of(viewer).branchesFor(unitId)) {
      TypedQuery<Object[]> query =
          branch.bind(
              em.createQuery(
                  "SELECT COUNT(c)"
                      + counted("c.assignee IS NULL")
                      + counted("c.assignee.id = :me")
                      + counted("c.status = :waiting")
                      + counted("c.resolutionDue < :now AND c.status <> :waiting")
                      + " FROM CaseFile c WHERE "
                      + branch.condition("c")
                      + " AND c.status IN :open"
                      + (unitId == null ? "" : " AND c.unit.id = :unit"),
                  Object[].class));
      query
          .setParameter("me", viewer.staffId())
          .setParameter("waiting", CaseStatus.WAITING_FOR_RESIDENT)
          .setParameter("now", clock.instant())
          .setParameter("open", CaseStatus.OPEN);
      if (unitId != null) {
        query.setParameter("unit", unitId);
      }
      Object[] row = query.getSingleResult();
      badges.merge(Queue.OPEN, number(row[0]), Long::sum);
      badges.merge(Queue.UNASSIGNED, number(row[1]), Long::sum);
      badges.merge(Queue.MINE, number(row[2]), Long::sum);
      badges.merge(Queue.WAITING, number(row[3]), Long::sum);
      badges.merge(Queue.OVERDUE, number(row[4]), Long::sum);
    }
    return badges;
  }

  /**
   * ", COUNT(CASE WHEN condition THEN c.id ELSE NULL END)": the cases meeting a condition, counted
   * without a literal. {@code SUM(CASE WHEN .. THEN 1 ELSE 0 END)} is the usual form, but
   * EclipseLink binds its 1 and 0 as parameters, and H2 (the embedded default) cannot type a
   * parameter inside SUM ("SUM or AVG on wrong data type", 90015); this form runs on both.
   */
  private static String counted(String condition) {
    return ", COUNT(CASE WHEN " + condition + " THEN c.id ELSE NULL END)";
  }

  private static long number(Object value) {
    return value == null ? 0 : ((Number) value).longValue();
  }

  /** Of these references, those of cases the viewer may see: one query, through the rule. */
  public java.util.Set<String> visibleReferences(Viewer viewer, List<String> references) {
    if (references.isEmpty()) {
      return java.util.Set.of();
    }
    CaseVisibility rule = CaseVisibility.of(viewer);
    return java.util.Set.copyOf(
        rule.bind(
                em.createQuery(
                    "SELECT c.reference FROM CaseFile c WHERE c.reference IN :references AND "
                        + rule.condition("c"),
                    String.class))
            .setParameter("references", references)
            .getResultList());
  }
}
