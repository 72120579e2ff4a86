package org.kesher.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.kesher.audit.entity.AccessEntry;
import org.kesher.audit.entity.SealedDay;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Israel;

/**
 * The privacy officer's search of the access log: by staff member, object (a case reference), days
 * (Israel's), action and outcome, the newest first, a page at a time or all of it for an export.
 * Every condition is a bound parameter; the indexes of {@code V23} serve each one.
 */
@ApplicationScoped
public class AccessLogSearch {

  static final int EXPORT_BATCH = 1000;

  @PersistenceContext EntityManager em;

  /**
   * What to look for; a null or blank part is no condition.
   *
   * @param granted true: granted only, false: refused only
   */
  public record Filter(
      String staff,
      String object,
      LocalDate from,
      LocalDate to,
      Accessed.Action action,
      Boolean granted) {

    public static Filter everything() {
      return new Filter(null, null, null, null, null, null);
    }
  }

  public long count(Filter filter) {
    return query(filter, "SELECT COUNT(e) FROM AccessEntry e", "", Long.class).getSingleResult();
  }

  /** A page of entries, the newest first. */
  public List<AccessEntry> page(Filter filter, int first, int max) {
    return query(filter, "SELECT e FROM AccessEntry e", " ORDER BY e.id DESC", AccessEntry.class)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  /** Every entry found, the newest first, in batches (an export of millions stays in bounds). */
  public void each(Filter filter, Consumer<AccessEntry> sink) {
    long below = Long.MAX_VALUE;
    while (true) {
      Map<String, Object> params = new LinkedHashMap<>();
      String where = where(filter, params) + " AND e.id < :below";
      params.put("below", below);
      TypedQuery<AccessEntry> query =
          em.createQuery(
              "SELECT e FROM AccessEntry e" + where + " ORDER BY e.id DESC", AccessEntry.class);
      params.forEach(query::setParameter);
      List<AccessEntry> batch = query.setMaxResults(EXPORT_BATCH).getResultList();
      batch.forEach(sink);
      if (batch.size() < EXPORT_BATCH) {
        return;
      }
      below = batch.get(batch.size() - 1).id();
      em.clear();
    }
  }

  /** The newest sealed days, with their heads. */
  public List<SealedDay> lastHeads(int max) {
    return em.createNamedQuery(SealedDay.NEWEST, SealedDay.class)
        .setMaxResults(max)
        .getResultList();
  }

  private <T> TypedQuery<T> query(Filter filter, String select, String order, Class<T> type) {
    Map<String, Object> params = new LinkedHashMap<>();
    TypedQuery<T> query = em.createQuery(select + where(filter, params) + order, type);
    params.forEach(query::setParameter);
    return query;
  }

  private static String where(Filter filter, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    conditions.add("1 = 1");
    if (filter.staff() != null && !filter.staff().isBlank()) {
      conditions.add("e.staffName = :staff");
      params.put("staff", filter.staff().strip());
    }
    if (filter.object() != null && !filter.object().isBlank()) {
      // a case reference in any case, a username as typed
      conditions.add("(e.objectRef = :object OR e.objectRef = :objectUpper)");
      params.put("object", filter.object().strip());
      params.put("objectUpper", filter.object().strip().toUpperCase(java.util.Locale.ROOT));
    }
    if (filter.from() != null) {
      conditions.add("e.happenedAt >= :from");
      params.put("from", startOf(filter.from()));
    }
    if (filter.to() != null) {
      conditions.add("e.happenedAt < :to");
      params.put("to", startOf(filter.to().plusDays(1)));
    }
    if (filter.action() != null) {
      conditions.add("e.action = :action");
      params.put("action", filter.action());
    }
    if (filter.granted() != null) {
      conditions.add("e.granted = :granted");
      params.put("granted", filter.granted());
    }
    return " WHERE " + String.join(" AND ", conditions);
  }

  private static Instant startOf(LocalDate day) {
    return day.atStartOfDay(Israel.ZONE).toInstant();
  }
}
