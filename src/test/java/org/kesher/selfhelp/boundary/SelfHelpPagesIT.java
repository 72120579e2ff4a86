package org.kesher.selfhelp.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.RequestDraft.aRequest;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.kesher.testing.Browser;
import org.kesher.testing.ClassBrowser;
import org.kesher.testing.KesherClient;
import org.kesher.testing.SharedKesher;
import org.kesher.testing.StaffBrowserSession;
import org.kesher.testing.StaffJourney;
import org.kesher.testing.TestDatabase;

/**
 * The self-help directory in Chromium: a resident asks to found a group; the Haifa centre's member
 * approves the request on its case page, completes the draft and publishes it; before that the
 * public directory does not show it, after it the search by topic and words finds it in Hebrew,
 * Arabic, English, Russian and Amharic, each page without an axe violation, and the search by a
 * language it does not meet in does not.
 */
@ExtendWith(SharedKesher.class)
class SelfHelpPagesIT {

  private static final String PASSWORD = "Self-Help-Pages-1";

  @RegisterExtension static final ClassBrowser chromium = new ClassBrowser();

  private final URL base = SharedKesher.url();

  @Test
  void aCentreApprovesARequestToFoundAGroupAndTheDirectoryFindsItInEveryLanguage()
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String name = "Twins-" + run;
    var created =
        new KesherClient(base.toURI())
            .post(
                "api/v1/requests",
                aRequest("SELF_HELP")
                    .from("Maya Founder", "054-3334444")
                    .language("ru")
                    .in("HAIFA")
                    .answer("wish", "FOUND_GROUP")
                    .answer("topic", name)
                    .answer("description", "Parents of twins, meeting at home for now")
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    String reference = KesherClient.json(created).asJsonObject().getString("reference");
    StaffBrowserSession.createStaff(
        922_101, "selfhelp.pages", PASSWORD, 600_000, "CASEWORKER", "en");
    StaffBrowserSession.joinUnit(922_101, "SELF_HELP_HAIFA", "MEMBER");

    Browser b = chromium.fresh(base);
    new StaffJourney(b).logIn("selfhelp.pages", PASSWORD);
    b.open("staff/case.xhtml?ref=" + reference);
    assertTrue(b.find("#group-card").getText().contains("found a group"), b.find("main").getText());
    b.andWaitForNewPage(() -> b.find("#case\\:approve-group").click());
    assertTrue(b.url().contains("staff/groups.xhtml?id="), b.url());
    String id = b.url().replaceAll(".*[?&]id=(\\d+).*", "$1");
    assertEquals(name, b.find("#entry\\:name").getAttribute("value"), "named by the request");
    assertEquals("Draft", b.find("#entry-status").getText());

    b.find("input[name='entry:topics'][value='PARENTS']").click();
    b.find("input[name='entry:languages'][value='he']").click();
    b.find("input[name='entry:ways'][value='inPerson']").click();
    b.find("#entry\\:meets").sendKeys("Tuesdays 18:00, the community centre");
    b.find("#entry\\:phone").sendKeys("04-1234567");
    b.find("#entry\\:accessible").click();
    b.andWaitForNewPage(() -> b.find("#entry\\:save").click());
    assertTrue(b.find("main").getText().contains("The entry is saved."), b.find("main").getText());
    assertEquals("", b.axeViolations("the centre's entries [en]"));
    assertEquals(0, found(b, "en", name, id), "a draft is not in the public directory");

    b.open("staff/groups.xhtml?id=" + id);
    b.andWaitForNewPage(() -> b.find("#entry\\:publish").click());
    assertEquals("Published", b.find("#entry-status").getText());
    assertEquals(
        "PUBLISHED",
        TestDatabase.column("SELECT status FROM self_help_group WHERE id = ?", Long.valueOf(id)));

    b.clearCookies();
    List<String> axe = new ArrayList<>();
    for (String lang : List.of("he", "ar", "en", "ru", "am")) {
      assertEquals(1, found(b, lang, name, id), "found in " + lang);
      String topic =
          TestDatabase.column(
              "SELECT x.content FROM group_topic t JOIN group_topic_text x ON x.owner_id = t.id"
                  + " WHERE t.code = 'PARENTS' AND x.lang = ?",
              lang);
      String entry = b.find("#group-" + id).getText();
      assertTrue(entry.contains(topic) && entry.contains("04-1234567"), lang + ": " + entry);
      axe.add(b.axeViolations("the directory, a search [" + lang + "]"));
    }
    b.open("groups.xhtml?lang=en&language=am&q=" + name);
    assertTrue(b.findAll("#group-" + id).isEmpty(), "it meets in Russian and Hebrew only");
    assertEquals("", String.join("", axe));
  }

  /** An administrator adds a topic in five languages; the public directory offers it in each. */
  @Test
  void anAdministratorAddsATopicTheDirectoryOffersInEveryLanguage() throws Exception {
    String code = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    StaffBrowserSession.createStaff(
        922_102, "topics.admin", PASSWORD, 600_000, "ADMINISTRATOR", "en");
    Browser b = chromium.fresh(base);
    new StaffJourney(b).logIn("topics.admin", PASSWORD);
    b.open("staff/admin/topics.xhtml");
    b.find("#topics\\:code").sendKeys(code);
    List<String> names =
        List.of(
            "תאומים " + code,
            "توائم " + code,
            "Twins " + code,
            "Близнецы " + code,
            "መንትዮች " + code);
    List<String> languages = List.of("he", "ar", "en", "ru", "am");
    for (int i = 0; i < 5; i++) {
      b.find("#topics\\:name-" + languages.get(i)).sendKeys(names.get(i));
    }
    b.andWaitForNewPage(() -> b.find("#topics\\:save").click());
    assertTrue(b.find("main").getText().contains("The topic is saved."), b.find("main").getText());
    assertEquals("", b.axeViolations("the directory's topics [en]"));
    b.clearCookies();
    for (int i = 0; i < 5; i++) {
      b.open("groups.xhtml?lang=" + languages.get(i));
      assertTrue(
          b.find("#g-topic").getText().contains(names.get(i)),
          languages.get(i) + ": " + b.find("#g-topic").getText());
    }
  }

  /** How many times the entry shows in a search by its topic and name, in a language. */
  private static int found(Browser b, String lang, String name, String id) {
    b.open("groups.xhtml?lang=" + lang + "&topic=PARENTS&q=" + name);
    assertEquals(lang, b.find("html").getAttribute("lang"));
    return b.findAll("#group-" + id).size();
  }
}
