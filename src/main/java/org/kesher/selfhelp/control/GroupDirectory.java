package org.kesher.selfhelp.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.kesher.selfhelp.entity.GroupStatus;
import org.kesher.selfhelp.entity.GroupTopic;
import org.kesher.selfhelp.entity.SelfHelpGroup;

/**
 * The public directory of self-help groups and organisations: only published entries, searched by
 * topic, locality, language and words, a page at a time, in the order of their names.
 */
@ApplicationScoped
public class GroupDirectory {

  /** One page of what a search found, and how many it found in all. */
  public record Found(List<SelfHelpGroup> groups, long total, int page) {

    public int pages() {
      return (int) ((total + GroupQuery.PAGE_SIZE - 1) / GroupQuery.PAGE_SIZE);
    }
  }

  @PersistenceContext EntityManager em;

  public Found search(GroupQuery query) {
    Map<String, Object> parameters = new LinkedHashMap<>();
    String where = where(query, parameters);
    TypedQuery<Long> count =
        em.createQuery("SELECT COUNT(g) FROM SelfHelpGroup g" + where, Long.class);
    parameters.forEach(count::setParameter);
    long total = count.getSingleResult();
    if (total == 0) {
      return new Found(List.of(), 0, query.page());
    }
    TypedQuery<SelfHelpGroup> page =
        em.createQuery(
                "SELECT g FROM SelfHelpGroup g" + where + " ORDER BY g.name, g.id",
                SelfHelpGroup.class)
            .setFirstResult((query.page() - 1) * GroupQuery.PAGE_SIZE)
            .setMaxResults(GroupQuery.PAGE_SIZE)
            .setHint("eclipselink.batch.type", "IN")
            .setHint("eclipselink.batch", "g.topics")
            .setHint("eclipselink.batch", "g.locality")
            .setHint("eclipselink.batch", "g.centre");
    parameters.forEach(page::setParameter);
    return new Found(page.getResultList(), total, query.page());
  }

  /** The topics to search by, in their order. */
  public List<GroupTopic> topics() {
    return em.createNamedQuery(GroupTopic.ACTIVE, GroupTopic.class).getResultList();
  }

  private static String where(GroupQuery query, Map<String, Object> parameters) {
    var where = new StringBuilder(" WHERE g.status = :published");
    parameters.put("published", GroupStatus.PUBLISHED);
    if (query.topic() != null) {
      where
          .append(" AND EXISTS (SELECT t FROM SelfHelpGroup h JOIN h.topics t")
          .append(" WHERE h = g AND t.code = :topic)");
      parameters.put("topic", query.topic());
    }
    if (query.locality() != null) {
      where.append(" AND g.locality.code = :locality");
      parameters.put("locality", query.locality());
    }
    if (query.language() != null) {
      where.append(" AND g.languages LIKE :language");
      parameters.put("language", "%," + query.language() + ",%");
    }
    List<String> words = query.wordList();
    for (int i = 0; i < words.size(); i++) {
      String p = "w" + i;
      where
          .append(" AND (LOWER(g.name) LIKE :")
          .append(p)
          .append(" OR LOWER(g.about) LIKE :")
          .append(p)
          .append(" OR LOWER(g.meets) LIKE :")
          .append(p)
          .append(")");
      parameters.put(p, "%" + words.get(i) + "%");
    }
    return where.toString();
  }
}
