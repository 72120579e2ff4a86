package org.kesher.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kesher.testing.Browser;
import org.kesher.testing.KesherClient;
import org.kesher.testing.KesherProcess;
import org.kesher.testing.StaffJourney;
import org.kesher.testing.TestDatabase;

/**
 * Kesher as README command one runs it: the embedded H2 default, a first and a second start, and
 * configurations it must refuse with one clear line.
 */
class StartupIT {

  private static final Duration START = Duration.ofMinutes(3);

  @TempDir Path workDir;

  @Test
  void embeddedDefaultStartsServesEveryStaffMemberAndKeepsItsDataBetweenRuns() throws Exception {
    String adminPassword;
    try (var kesher = KesherProcess.start(workDir, Map.of()).awaitReady(START)) {
      List<String> passwordLines = kesher.linesContaining("password:");
      assertEquals(1, passwordLines.size(), kesher.text());
      adminPassword = passwordLines.get(0).replaceAll(".*password:\\s*", "").strip();
      assertEquals(20, adminPassword.length(), passwordLines.get(0));
      assertTrue(kesher.printed("demo.dana"), "the demo switch is on with H2");
      assertFalse(kesher.printed("DEBUG: "), "no mail (or other) debugging in the console");
      assertTrue(Files.exists(workDir.resolve("data/kesher.mv.db")), "H2 file under ./data");

      var client = new KesherClient(kesher.base());
      var ready = client.get("/health/ready");
      assertEquals(200, ready.statusCode(), ready.body());
      JsonObject health = KesherClient.json(ready).asJsonObject();
      assertEquals("UP", health.getString("status"));
      assertEquals(10, KesherClient.json(client.get("api/v1/request-types")).asJsonArray().size());

      everyDemoAccountWorksItsDay(kesher, adminPassword);
      assertFalse(
          kesher.printed("Sealed cases that no one may see"),
          "every demo unit that receives sealed cases has a head");
    }
    // Social Services loses its head while Kesher is down: the next start counts what no one sees
    long stranded = socialServicesWithoutItsHead();
    assertTrue(stranded > 0, "the demo sends sealed cases to Social Services");
    assertFalse(
        Files.readString(
                workDir.resolve("data/kesher.mv.db"), java.nio.charset.StandardCharsets.ISO_8859_1)
            .contains(adminPassword),
        "the administrator password is not stored in clear");

    try (var again = KesherProcess.start(workDir, Map.of()).awaitReady(START)) {
      assertFalse(again.printed("password:"), "no second administrator on the second start");
      assertFalse(again.printed("demo.dana"), "demo data is created once");
      assertEquals(200, new KesherClient(again.base()).get("/health/ready").statusCode());
      List<String> report = again.linesContaining("Sealed cases that no one may see");
      assertEquals(1, report.size(), again.text());
      assertTrue(
          report.get(0).contains("Social Services Department (SOCIAL_SERVICES): " + stranded),
          report.get(0));
      assertFalse(report.get(0).contains("KS-"), "no reference: " + report.get(0));
    }
  }

  /**
   * Takes the head of Social Services away in the embedded database of the last start.
   *
   * @return how many of its sealed cases no one is assigned to
   */
  private long socialServicesWithoutItsHead() throws Exception {
    String url =
        "jdbc:h2:file:"
            + workDir.resolve("data/kesher").toAbsolutePath()
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    try (var connection = java.sql.DriverManager.getConnection(url, "kesher", "");
        var sql = connection.createStatement()) {
      sql.executeUpdate(
          "DELETE FROM unit_membership WHERE member_role = 'HEAD' AND unit_id ="
              + " (SELECT id FROM community_unit WHERE code = 'SOCIAL_SERVICES')");
      try (var count =
          sql.executeQuery(
              "SELECT COUNT(*) FROM case_file c JOIN community_unit u ON u.id = c.unit_id"
                  + " WHERE u.code = 'SOCIAL_SERVICES' AND c.confidentiality = 'SEALED'"
                  + " AND c.assignee_id IS NULL")) {
        count.next();
        return count.getLong(1);
      }
    }
  }

  /**
   * The staff journey on README command one's embedded default (H2, demo data), with the passwords
   * as its console printed them: every demo account logs in to its queue, one account of each role
   * (caseworker, intake coordinator, department manager, administrator) opens every queue and the
   * first three search; two caseworkers work a case of their own units, one refers it; the
   * administrator opens every administration page.
   */
  private static void everyDemoAccountWorksItsDay(KesherProcess kesher, String adminPassword) {
    Map<String, String> demo = new java.util.LinkedHashMap<>();
    var printed = java.util.regex.Pattern.compile("^\\s+(demo\\.[a-z]+)\\s+(\\S+)\\s*$");
    for (String line : kesher.linesContaining("demo.")) {
      var m = printed.matcher(line);
      if (m.matches()) {
        demo.put(m.group(1), m.group(2));
      }
    }
    assertEquals(7, demo.size(), "seven demo accounts printed: " + demo.keySet());
    try (var browser = Browser.start(kesher.base())) {
      var journey = new StaffJourney(browser);
      // every account lands on its queue; one of each role opens every queue and searches
      var onePerRole = java.util.Set.of("demo.dana", "demo.samir", "demo.avi");
      demo.forEach(
          (username, password) -> {
            journey.logIn(username, password);
            if (onePerRole.contains(username)) {
              journey.everyQueue().search("ירושלים");
            }
          });
      journey.logIn("demo.dana", demo.get("demo.dana"));
      journey.openFirstCaseOf("OPEN");
      journey.claimNoteAndAnswer("A note on the embedded default", "An answer from the demo");
      journey.inviteAndMeet("שכן מהקומה השנייה", "An answer to all parties");
      journey.refer("Referred from the embedded default");
      journey.logIn("demo.miriam", demo.get("demo.miriam"));
      String sealed = journey.openFirstCaseOf("MINE");
      journey.claimNoteAndAnswer("A note on a sealed unit's case", "An answer to a sealed case");
      // the department manager breaks the glass on it; the privacy officer reads the access log
      // the journey has written and reviews the break-glass
      journey
          .logIn("demo.avi", demo.get("demo.avi"))
          .breakGlass(sealed, "The caseworker is away and the resident is at risk tonight.")
          .holdCase("A court order asks to keep this case whole.")
          .reports();
      journey
          .logIn("demo.tamar", demo.get("demo.tamar"))
          .everyPrivacyPage()
          .reviewFirstBreakGlass("Justified: an emergency out of hours.")
          .findResidentData("050-1234567");
      // the first administrator must choose a password before anything else opens
      journey
          .logIn("admin", adminPassword)
          .choosePassword(adminPassword, "Kesher-Own-Choice-Winter-71")
          .everyQueue()
          .everyAdminPage()
          .keepCases("GENERAL", 30);
      System.out.println("Embedded default journey: " + journey.steps().size() + " pages");
    }
  }

  /**
   * Three configurations Kesher must refuse, started at once (each start waits mostly on its own
   * deployment): an unreachable database, a database missing on a reachable server, and settings
   * that cannot be right. Each stops start-up with exit code 78 and one clear line per problem.
   */
  @Test
  void impossibleConfigurationsStopStartUpWithOneClearLineNamingTheSetting() throws Exception {
    TestDatabase.ensureReady();
    try (var unreachable =
            KesherProcess.start(
                Files.createDirectories(workDir.resolve("unreachable")),
                withFreshKeys(Map.of("KESHER_DB_URL", "jdbc:mysql://127.0.0.1:9/kesher")));
        var missing =
            KesherProcess.start(
                Files.createDirectories(workDir.resolve("missing")),
                withFreshKeys(
                    Map.of(
                        "KESHER_DB_URL",
                        TestDatabase.withDatabase(TestDatabase.url(), "no_such_database"),
                        "KESHER_DB_USER",
                        TestDatabase.user(),
                        "KESHER_DB_PASSWORD",
                        TestDatabase.password())));
        var impossible =
            KesherProcess.start(
                Files.createDirectories(workDir.resolve("impossible")),
                Map.of("KESHER_DB_POOL_SIZE", "lots", "KESHER_PUBLIC_URL", "localhost"))) {
      List<String> lines = refused(unreachable, 1);
      assertTrue(lines.get(0).contains("KESHER_DB_URL"), lines.get(0));
      assertTrue(lines.get(0).contains("cannot be reached"), lines.get(0));

      lines = refused(missing, 1);
      assertTrue(lines.get(0).contains("does not exist"), lines.get(0));

      lines = refused(impossible, 2);
      assertTrue(
          lines.stream().anyMatch(l -> l.contains("KESHER_DB_POOL_SIZE") && l.contains("'lots'")),
          lines.toString());
      assertTrue(lines.stream().anyMatch(l -> l.contains("KESHER_PUBLIC_URL")), lines.toString());
    }
  }

  /** Some settings with a fresh data key and index key beside them. */
  private static Map<String, String> withFreshKeys(Map<String, String> settings) {
    Map<String, String> environment = new java.util.HashMap<>(settings);
    environment.put("KESHER_DATA_KEY", org.kesher.sealing.control.KeyRing.newKey());
    environment.put("KESHER_INDEX_KEY", org.kesher.sealing.control.KeyRing.newKey());
    return environment;
  }

  /** Waits for a start to stop with exit code 78; its "Kesher cannot start:" lines. */
  private static List<String> refused(KesherProcess kesher, int problems)
      throws InterruptedException {
    assertEquals(78, kesher.awaitExit(START), kesher.text());
    List<String> lines = kesher.linesStartingWith("Kesher cannot start:");
    assertEquals(problems, lines.size(), kesher.text());
    return lines;
  }
}
