package org.kesher.notify.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.catalogue.control.CatalogueEdition;
import org.kesher.ground.control.Language;
import org.kesher.notify.entity.MailTemplateText;
import org.kesher.testing.TestJpa;

/**
 * Two administrators editing one mail template, on MariaDB and on H2: the one who saves from an
 * outdated page is told and changes nothing, and a reset in between counts as a change.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class MailTemplateVersionsIT {

  private static final String KIND = "RECEIVED";
  private static final String SUBJECT = "Your request {{reference}}";

  @Parameter TestJpa.Engine engine;

  private static TestJpa jpa;

  @BeforeParameterizedClassInvocation
  static void database(TestJpa.Engine engine) {
    jpa = TestJpa.freshDatabase(engine, "kesher_template_versions");
  }

  @AfterAll
  static void close() {
    if (jpa != null) {
      jpa.close();
      jpa = null;
    }
  }

  /** The edition of the kept catalogue copies is not what this test is about: no JTA here. */
  private static final class Edition extends CatalogueEdition {
    @Override
    public void changed() {
      // counted by the container's transaction registry in Kesher; nothing to keep here
    }
  }

  private static <T> T editing(java.util.function.Function<MailTemplateEditing, T> work) {
    return jpa.inTransaction(
        em -> {
          var editing = new MailTemplateEditing();
          editing.em = em;
          editing.edition = new Edition();
          editing.accessed = new org.kesher.testing.FiredEvents<>();
          return work.apply(editing);
        });
  }

  private static String bodyNow() {
    return jpa.inTransaction(
        em -> em.find(MailTemplateText.class, new MailTemplateText.Key(KIND, "he")).body());
  }

  @Test
  void theAdministratorWhoSavesFromAnOutdatedPageIsToldAndChangesNothing() {
    long shipped = editing(e -> e.version(KIND, Language.HE));
    assertEquals(MailTemplateEditing.SHIPPED, shipped, "no administrator's text yet");

    // both open the page on the shipped text; the first saves
    assertEquals(
        List.of(), editing(e -> e.save(KIND, Language.HE, SUBJECT, "First text", shipped)));
    long first = editing(e -> e.version(KIND, Language.HE));
    assertNotEquals(shipped, first);
    // the second saves from the page that still shows the shipped text
    assertEquals(
        List.of("mail.changedElsewhere"),
        editing(e -> e.save(KIND, Language.HE, SUBJECT, "Second text", shipped)));
    assertEquals("First text", bodyNow(), "the first administrator's text stays");

    // whoever reopened the page saves over it, and the version moves on
    assertEquals(List.of(), editing(e -> e.save(KIND, Language.HE, SUBJECT, "Third text", first)));
    long third = editing(e -> e.version(KIND, Language.HE));
    assertNotEquals(first, third);
    assertEquals("Third text", bodyNow());
    assertEquals(
        List.of("mail.changedElsewhere"),
        editing(e -> e.save(KIND, Language.HE, SUBJECT, "Late text", first)),
        "an older page again");

    // a reset back to the shipped text is a change too
    jpa.run(
        em -> {
          var editing = new MailTemplateEditing();
          editing.em = em;
          editing.edition = new Edition();
          editing.accessed = new org.kesher.testing.FiredEvents<>();
          editing.reset(KIND, Language.HE);
        });
    assertEquals(
        List.of("mail.changedElsewhere"),
        editing(e -> e.save(KIND, Language.HE, SUBJECT, "After the reset", third)));
    long afterReset = editing(e -> e.version(KIND, Language.HE));
    assertEquals(MailTemplateEditing.SHIPPED, afterReset);
  }
}
