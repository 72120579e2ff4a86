package org.kesher.app.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;
import org.kesher.selfhelp.entity.GroupDetails;
import org.kesher.selfhelp.entity.GroupKind;
import org.kesher.selfhelp.entity.GroupTopic;
import org.kesher.selfhelp.entity.SelfHelpGroup;

/**
 * Made-up entries of the self-help directory for the demo, each named as a demo (the seeds name no
 * real group, and Kesher invents none): a newcomer finds the directory searchable in several
 * languages, one entry waiting for its yearly confirmation and one draft. Written in the demo
 * data's transaction ({@link DemoDataset}).
 */
@ApplicationScoped
public class DemoGroups {

  @PersistenceContext EntityManager em;

  private record Demo(
      String centre,
      String place,
      String topic,
      String name,
      String about,
      List<Language> spoken) {}

  private static final List<Demo> GROUPS =
      List.of(
          new Demo(
              "SELF_HELP_HAIFA",
              "HAIFA",
              "PARENTS",
              "(הדגמה) הורים לתאומים",
              "קבוצת הדגמה מומצאת: הורים לתאומים נפגשים ומחליפים עצות.",
              List.of(Language.HE)),
          new Demo(
              "SELF_HELP_HAIFA",
              "HAIFA",
              "BEREAVEMENT",
              "(Демо) Группа поддержки при утрате",
              "Вымышленная демонстрационная группа.",
              List.of(Language.RU, Language.HE)),
          new Demo(
              "SELF_HELP_NAZARETH",
              "NAZARETH",
              "CAREGIVERS",
              "(عرض) أبناء يعتنون بأهاليهم",
              "مجموعة عرض مختلقة لأبناء يعتنون بأهاليهم المسنين.",
              List.of(Language.AR)),
          new Demo(
              "SELF_HELP_JERUSALEM",
              "JERUSALEM",
              "IMMIGRANTS",
              "(ማሳያ) የአዲስ ገቢዎች ቡድን",
              "ምናባዊ የማሳያ ቡድን።",
              List.of(Language.AM, Language.HE)));

  public void create(Instant now) {
    int i = 0;
    for (Demo demo : GROUPS) {
      Unit centre =
          em.createNamedQuery(Unit.BY_CODE, Unit.class)
              .setParameter("code", demo.centre())
              .getSingleResult();
      Locality place =
          em.createQuery("SELECT l FROM Locality l WHERE l.code = :c", Locality.class)
              .setParameter("c", demo.place())
              .getSingleResult();
      GroupTopic topic =
          em.createQuery("SELECT t FROM GroupTopic t WHERE t.code = :c", GroupTopic.class)
              .setParameter("c", demo.topic())
              .getSingleResult();
      var group = new SelfHelpGroup(centre, demo.name(), null, now);
      group.describe(
          new GroupDetails(
              GroupKind.GROUP,
              demo.name(),
              demo.about(),
              demo.spoken(),
              true,
              i % 2 == 1,
              false,
              "ימי שלישי 18:00",
              "04-0000000",
              "group" + i + "@example.org",
              null,
              i % 2 == 0,
              null),
          place,
          Set.of(topic));
      // the second one was confirmed a year and a week ago: its centre sees it flagged
      group.publish(i == 1 ? now.minus(Duration.ofDays(372)) : now);
      if (i == 1) {
        group.review(now);
      }
      em.persist(group);
      i++;
    }
    em.persist(
        new SelfHelpGroup(
            em.createNamedQuery(Unit.BY_CODE, Unit.class)
                .setParameter("code", "SELF_HELP_HAIFA")
                .getSingleResult(),
            "(הדגמה) טיוטה: קבוצת ריצה למחלימים",
            null,
            now));
  }
}
