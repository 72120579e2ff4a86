package org.kesher.selfhelp.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.cases.control.CaseLookup;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.catalogue.entity.Locality;
import org.kesher.ground.control.Language;
import org.kesher.selfhelp.entity.GroupDetails;
import org.kesher.selfhelp.entity.GroupKind;
import org.kesher.selfhelp.entity.GroupStatus;
import org.kesher.selfhelp.entity.GroupTopic;
import org.kesher.selfhelp.entity.SelfHelpGroup;
import org.kesher.testing.FiredEvents;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * The self-help directory on MariaDB and H2: the public search by topic, place, language and words
 * (in Hebrew, Russian and Amharic) finds published entries only, a page at a time; a centre's
 * member approves a request to found a group as a draft, no one else may; and the yearly review
 * with a fixed clock flags an entry after a year and hides it after the grace.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class SelfHelpDirectoryIT {

  private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

  @Parameter TestJpa.Engine engine;

  private static GroupDirectory directory(EntityManager em) {
    var directory = new GroupDirectory();
    directory.em = em;
    return directory;
  }

  private static GroupEntries entries(EntityManager em, Instant now) {
    var entries = new GroupEntries();
    entries.em = em;
    entries.lookup = new CaseLookup(em, new FiredEvents<>());
    entries.clock = Clock.fixed(now, ZoneOffset.UTC);
    return entries;
  }

  private static Viewer member(EntityManager em, String name, String unit) {
    return Viewer.of(PhoneCases.staff(em, name, unit, null, T0));
  }

  private static GroupTopic topic(EntityManager em, String code) {
    return em.createQuery("SELECT t FROM GroupTopic t WHERE t.code = :c", GroupTopic.class)
        .setParameter("c", code)
        .getSingleResult();
  }

  private static Locality place(EntityManager em, String code) {
    return em.createQuery("SELECT l FROM Locality l WHERE l.code = :c", Locality.class)
        .setParameter("c", code)
        .getSingleResult();
  }

  /** A published entry of the Haifa centre. */
  private static long published(
      EntityManager em, String name, String about, String topic, String place, Language... spoken) {
    var group = new SelfHelpGroup(PhoneCases.unit(em, "SELF_HELP_HAIFA"), name, null, T0);
    group.describe(
        new GroupDetails(
            GroupKind.GROUP,
            name,
            about,
            List.of(spoken),
            true,
            false,
            false,
            null,
            "04-1234567",
            null,
            null,
            false,
            null),
        place == null ? null : place(em, place),
        Set.of(topic(em, topic)));
    group.publish(T0);
    em.persist(group);
    em.flush();
    return group.id();
  }

  private static List<String> names(GroupDirectory.Found found) {
    return found.groups().stream().map(g -> g.details().name()).toList();
  }

  @Test
  void searchApprovalAndTheYearlyReview() {
    try (TestJpa db = TestJpa.freshDatabase(engine, "kesher_selfhelp")) {
      db.run(
          em -> {
            published(em, "הורים שכולים חיפה", "מפגש חודשי", "BEREAVEMENT", "HAIFA", Language.HE);
            published(
                em,
                "Родители близнецов",
                "Встречи по вторникам",
                "PARENTS",
                "HAIFA",
                Language.RU,
                Language.HE);
            published(em, "የወላጆች ቡድን", "ወርሃዊ ስብሰባ", "PARENTS", "NAZARETH", Language.AM);
            for (int i = 0; i < 23; i++) {
              published(
                  em, String.format("Caregivers %02d", i), null, "CAREGIVERS", null, Language.EN);
            }
            var draft =
                new SelfHelpGroup(PhoneCases.unit(em, "SELF_HELP_HAIFA"), "Draft twins", null, T0);
            em.persist(draft);
          });

      db.run(
          em -> {
            var directory = directory(em);
            var search =
                new java.util.function.Function<GroupQuery, GroupDirectory.Found>() {
                  public GroupDirectory.Found apply(GroupQuery q) {
                    return directory.search(q);
                  }
                };
            assertEquals(26, search.apply(new GroupQuery(null, null, null, null, 1)).total());
            assertEquals(
                List.of("Родители близнецов", "የወላጆች ቡድን"),
                names(search.apply(new GroupQuery("PARENTS", null, null, null, 1))));
            assertEquals(
                List.of("Родители близнецов"),
                names(search.apply(new GroupQuery("PARENTS", "HAIFA", null, null, 1))));
            assertEquals(
                List.of("Родители близнецов"),
                names(search.apply(new GroupQuery(null, null, "ru", null, 1))));
            assertEquals(
                List.of("Родители близнецов", "הורים שכולים חיפה"),
                names(search.apply(new GroupQuery(null, null, "he", null, 1))),
                "by name: Cyrillic letters come before Hebrew ones");
            assertEquals(
                List.of("הורים שכולים חיפה"),
                names(search.apply(new GroupQuery(null, null, null, "שכולים חודשי", 1))),
                "every word, in the name or its words");
            assertEquals(
                List.of("Родители близнецов"),
                names(search.apply(new GroupQuery(null, null, null, "вторникам", 1))));
            assertEquals(
                List.of("የወላጆች ቡድን"),
                names(search.apply(new GroupQuery(null, null, "am", "ወርሃዊ", 1))));
            assertEquals(
                0,
                search.apply(new GroupQuery(null, null, null, "Draft", 1)).total(),
                "a draft is not in the directory");
            assertEquals(0, search.apply(new GroupQuery(null, null, null, "100%_", 1)).total());

            var first = search.apply(new GroupQuery("CAREGIVERS", null, null, null, 1));
            var third = search.apply(new GroupQuery("CAREGIVERS", null, null, null, 3));
            assertEquals(23, first.total());
            assertEquals(3, first.pages());
            assertEquals(GroupQuery.PAGE_SIZE, first.groups().size());
            assertEquals("Caregivers 00", first.groups().get(0).details().name());
            assertEquals(List.of("Caregivers 20", "Caregivers 21", "Caregivers 22"), names(third));
          });

      // a request to found a group, approved by its centre as a draft
      String found =
          db.inTransaction(
              em ->
                  PhoneCases.open(
                          em,
                          new CaseReference(2026, 700),
                          PhoneCases.type(em, "SELF_HELP"),
                          PhoneCases.unit(em, "SELF_HELP_HAIFA"),
                          place(em, "HAIFA"),
                          "{\"wish\":\"FOUND_GROUP\",\"topic\":\"Parents of twins\","
                              + "\"description\":\"We meet at home now\"}",
                          T0)
                      .reference()
                      .toString());
      String find =
          db.inTransaction(
              em ->
                  PhoneCases.open(
                          em,
                          new CaseReference(2026, 701),
                          PhoneCases.type(em, "SELF_HELP"),
                          PhoneCases.unit(em, "SELF_HELP_HAIFA"),
                          null,
                          "{\"wish\":\"FIND_GROUP\",\"topic\":\"Grief\"}",
                          T0)
                      .reference()
                      .toString());
      Viewer haifa = db.inTransaction(em -> member(em, "sh.haifa", "SELF_HELP_HAIFA"));
      Viewer nazareth = db.inTransaction(em -> member(em, "sh.nazareth", "SELF_HELP_NAZARETH"));
      assertThrows(
          CaseNotFound.class,
          () -> db.inTransaction(em -> entries(em, T0).approve(nazareth, found)),
          "another centre's member does not even see the request");
      var refused =
          assertThrows(
              CaseRuleViolation.class,
              () -> db.inTransaction(em -> entries(em, T0).approve(haifa, find)));
      assertEquals("group.notFounding", refused.code());
      long draft = db.inTransaction(em -> entries(em, T0).approve(haifa, found).id());
      db.run(
          em -> {
            SelfHelpGroup group = em.find(SelfHelpGroup.class, draft);
            assertEquals(GroupStatus.DRAFT, group.status());
            assertEquals("Parents of twins", group.details().name());
            assertEquals("We meet at home now", group.details().about());
            assertEquals("HAIFA", group.locality().orElseThrow().code());
            assertEquals(
                1, entries(em, T0).kept(haifa).stream().filter(g -> g.id() == draft).count());
            assertTrue(entries(em, T0).kept(nazareth).isEmpty(), "another centre sees none");
          });
      assertEquals(
          "group.exists",
          assertThrows(
                  CaseRuleViolation.class,
                  () -> db.inTransaction(em -> entries(em, T0).approve(haifa, found)))
              .code());

      // the yearly review, with a fixed clock
      Instant year = T0.plus(SelfHelpGroup.REVIEW_AFTER);
      Map<GroupStatus, Integer> flagged = db.inTransaction(em -> review(em).review(year));
      assertEquals(Map.of(GroupStatus.PUBLISHED, 26), flagged, "every published entry flagged");
      db.run(em -> entries(em, year).confirm(haifa, firstId(em, "הורים שכולים חיפה")));
      Map<GroupStatus, Integer> hidden =
          db.inTransaction(em -> review(em).review(year.plus(SelfHelpGroup.GRACE)));
      assertEquals(Map.of(GroupStatus.HIDDEN, 25), hidden, "all but the one confirmed");
      db.run(
          em ->
              assertEquals(
                  List.of("הורים שכולים חיפה"),
                  names(directory(em).search(new GroupQuery(null, null, null, null, 1)))));
      assertEquals(
          Map.of(),
          db.inTransaction(em -> review(em).review(year.plus(Duration.ofDays(100)))),
          "nothing more is due");
    }
  }

  @Test
  void theAdministratorsKeepTheTopicsInEveryLanguage() {
    try (TestJpa db = TestJpa.freshDatabase(engine, "kesher_topics")) {
      java.util.function.Function<EntityManager, GroupTopics> topics =
          em -> {
            var t = new GroupTopics();
            t.em = em;
            t.accessed = new FiredEvents<>();
            return t;
          };
      var noArabic =
          db.inTransaction(
              em ->
                  topics
                      .apply(em)
                      .save(
                          null,
                          "TWINS",
                          new org.kesher.catalogue.control.Texts("תאומים", " ", "Twins"),
                          true));
      assertEquals(List.of("name.ar"), noArabic.violations().stream().map(v -> v.field()).toList());
      var badCode =
          db.inTransaction(
              em ->
                  topics
                      .apply(em)
                      .save(
                          null,
                          "twins!",
                          new org.kesher.catalogue.control.Texts("א", "ب", "a"),
                          true));
      assertEquals("check.codePattern", badCode.violations().get(0).key());
      var taken =
          db.inTransaction(
              em ->
                  topics
                      .apply(em)
                      .save(
                          null,
                          "PARENTS",
                          new org.kesher.catalogue.control.Texts("א", "ب", "a"),
                          true));
      assertEquals("check.codeTaken", taken.violations().get(0).key());
      var saved =
          db.inTransaction(
              em ->
                  topics
                      .apply(em)
                      .save(
                          null,
                          "TWINS",
                          new org.kesher.catalogue.control.Texts(
                              "תאומים", "توائم", "Twins", "Близнецы", "መንትዮች"),
                          true));
      assertTrue(saved.saved(), saved.violations().toString());
      db.run(
          em -> {
            GroupTopic twins = em.find(GroupTopic.class, saved.id());
            assertEquals("መንትዮች", twins.name().in(Language.AM));
            assertTrue(directory(em).topics().stream().anyMatch(t -> t.code().equals("TWINS")));
          });
      db.run(
          em ->
              topics
                  .apply(em)
                  .save(
                      saved.id(),
                      "TWINS",
                      new org.kesher.catalogue.control.Texts("תאומים", "توائم", "Twins"),
                      false));
      db.run(
          em -> {
            assertTrue(
                directory(em).topics().stream().noneMatch(t -> t.code().equals("TWINS")),
                "switched off: not offered");
            assertEquals(
                null,
                em.find(GroupTopic.class, saved.id()).name().given(Language.AM),
                "a translation emptied is gone");
          });
    }
  }

  private static GroupReview review(EntityManager em) {
    var review = new GroupReview();
    review.em = em;
    return review;
  }

  private static long firstId(EntityManager em, String name) {
    return em.createQuery("SELECT g.id FROM SelfHelpGroup g WHERE g.name = :n", Long.class)
        .setParameter("n", name)
        .getSingleResult();
  }
}
