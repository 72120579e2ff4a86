package org.kesher.selfhelp.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import org.kesher.catalogue.control.CatalogueRules.Violation;
import org.kesher.catalogue.control.Outcome;
import org.kesher.catalogue.control.Texts;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Language;
import org.kesher.selfhelp.entity.GroupTopic;

/**
 * The administrators' list of the directory's topics: a code, and a name in Hebrew, Arabic and
 * English (Russian and Amharic where given), each checked before anything is saved; a topic is
 * switched off rather than deleted, so the entries that name it keep it.
 */
@ApplicationScoped
public class GroupTopics {

  static final int NAME_MAX = 120;

  @PersistenceContext EntityManager em;

  @Inject Event<Accessed> accessed;

  public List<GroupTopic> all() {
    return em.createQuery(
            "SELECT t FROM GroupTopic t ORDER BY t.displayOrder, t.code", GroupTopic.class)
        .getResultList();
  }

  /** Saves a new topic (id null) or a revision; nothing is saved when a rule is broken. */
  public Outcome save(Long id, String code, Texts names, boolean active) {
    List<Violation> found = new ArrayList<>();
    for (Language language : Language.values()) {
      String name = names.in(language);
      boolean missing = name == null || name.isBlank();
      if (missing && Language.required().contains(language)) {
        found.add(new Violation("name." + language.code(), "check.textMissing", List.of()));
      } else if (!missing && name.strip().length() > NAME_MAX) {
        found.add(new Violation("name." + language.code(), "check.textTooLong", List.of(NAME_MAX)));
      }
    }
    GroupTopic topic;
    if (id == null) {
      if (code == null || !code.strip().matches("[A-Z][A-Z0-9_]{1,39}")) {
        found.add(new Violation("code", "check.codePattern", List.of()));
      } else if (!em.createQuery("SELECT t FROM GroupTopic t WHERE t.code = :c", GroupTopic.class)
          .setParameter("c", code.strip())
          .getResultList()
          .isEmpty()) {
        found.add(new Violation("code", "check.codeTaken", List.of()));
      }
      if (!found.isEmpty()) {
        return new Outcome(found, null);
      }
      Integer last =
          em.createQuery("SELECT MAX(t.displayOrder) FROM GroupTopic t", Integer.class)
              .getSingleResult();
      topic = new GroupTopic(code.strip(), names.toLocalized(), (last == null ? 0 : last) + 10);
      em.persist(topic);
    } else {
      topic = em.find(GroupTopic.class, id);
      if (topic == null) {
        found.add(new Violation("", "check.changedElsewhere", List.of()));
      }
      if (!found.isEmpty()) {
        return new Outcome(found, null);
      }
      topic.revise(names.toLocalized(), active);
    }
    em.flush();
    accessed.fire(Accessed.adminChange(Accessed.ObjectKind.GROUP_TOPIC, topic.code(), "saved"));
    return new Outcome(List.of(), topic.id());
  }
}
