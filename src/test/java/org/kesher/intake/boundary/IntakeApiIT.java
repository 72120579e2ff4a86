package org.kesher.intake.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.kesher.testing.CaseAssert.storedCase;
import static org.kesher.testing.RequestDraft.aRequest;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kesher.testing.KesherClient;
import org.kesher.testing.KesherClient.Part;
import org.kesher.testing.SampleFiles;
import org.kesher.testing.ServerLog;
import org.kesher.testing.SharedKesher;
import org.kesher.testing.TestDatabase;

/** Residents' requests over the JSON API, against MariaDB: open, route, track, refuse. */
@ExtendWith(SharedKesher.class)
class IntakeApiIT {

  private final URL base = SharedKesher.url();

  /** What these tests submit and the server log must never show. */
  private static final List<String> MARKERS =
      List.of(
          "רות אברהם",
          "פנייה לצוות המוגנות",
          "REPLY-CASE-MARKER-1",
          "REPLY-MARKER-2",
          "REPLY-MARKER-3",
          "ATTACH-MARKER-4",
          "Lea Adler",
          "052-7654321",
          "ANON-MARKER-5",
          "ANON-MARKER-6",
          "ROUTE-MARKER",
          "Route Tester");

  @AfterAll
  static void nothingSubmittedReachedTheServerLog() throws Exception {
    ServerLog.assertContainsNoneOf(MARKERS);
  }

  @Test
  void theNodeStartedWithoutASevereError() throws Exception {
    // the first start's lock (FirstStart) once failed a start-up transaction's commit on MySQL
    ServerLog.assertStartedWithoutSevere();
  }

  private KesherClient kesher() throws Exception {
    return new KesherClient(base.toURI());
  }

  private static long count(String sql, Object... parameters) throws Exception {
    return Long.parseLong(TestDatabase.column(sql, parameters));
  }

  @Test
  void opensASealedRequestRoutesItAndTracksItWithTheCodeOnly() throws Exception {
    var created =
        kesher()
            .post(
                "api/v1/requests",
                aRequest("PROTECTION_CONTACT")
                    .in("ALUMA")
                    .language("he")
                    .from("רות אברהם", "050-1234567")
                    .answer("description", "פנייה לצוות המוגנות")
                    .answer("concerns_child", true)
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject receipt = KesherClient.json(created).asJsonObject();
    String reference = receipt.getString("reference");
    String code = receipt.getString("trackingCode");
    assertTrue(reference.matches("KS-\\d{4}-\\d{6,}"), reference);
    assertEquals("NEW", receipt.getString("status"));
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith(reference));
    assertTrue(created.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

    storedCase(reference).isInUnit("PROTECTION_ALUMA");
    assertEquals(
        "SEALED",
        TestDatabase.column(
            "SELECT confidentiality FROM case_file WHERE reference = ?", reference));
    try (Connection c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        var query =
            c.prepareStatement(
                "SELECT requester_name, answers, tracking_code_hash FROM case_file"
                    + " WHERE reference = ?")) {
      query.setString(1, reference);
      ResultSet row = query.executeQuery();
      row.next();
      assertFalse(new String(row.getBytes(1), StandardCharsets.UTF_8).contains("רות"));
      assertFalse(new String(row.getBytes(2), StandardCharsets.UTF_8).contains("מוגנות"));
      assertFalse(row.getString(3).contains(code.replace("-", "")), "only a hash is stored");
    }

    var tracked = kesher().get("api/v1/requests/" + reference, "X-Tracking-Code", code);
    assertEquals(200, tracked.statusCode(), tracked.body());
    JsonObject page = KesherClient.json(tracked).asJsonObject();
    assertEquals("NEW", page.getString("status"));
    assertEquals(
        1, page.getJsonArray("timeline").size(), "the internal routing event is not shown");

    var wrongCode =
        kesher().get("api/v1/requests/" + reference, "X-Tracking-Code", "AAAA-BBBB-CCCC-DDDD");
    var unknown = kesher().get("api/v1/requests/KS-2026-999999", "X-Tracking-Code", code);
    assertEquals(404, wrongCode.statusCode());
    assertEquals(unknown.statusCode(), wrongCode.statusCode());
    assertEquals(
        unknown.body().replace("KS-2026-999999", "REF"),
        wrongCode.body().replace(reference, "REF"),
        "a wrong code looks exactly like an unknown reference");
  }

  /**
   * Well-formed references no case can have (a year before 2000, number zero) answer exactly as an
   * unknown reference does, on the tracking API, the reply API and the tracking page.
   */
  @Test
  void impossibleReferencesAnswerAsUnknownOnes() throws Exception {
    String code = "AAAA-BBBB-CCCC-DDDD";
    var unknown = kesher().get("api/v1/requests/KS-2026-999998", "X-Tracking-Code", code);
    var unknownPage =
        kesher()
            .post(
                "track.xhtml",
                "action=track&reference=KS-2026-999998&code=" + code,
                "Content-Type",
                "application/x-www-form-urlencoded");
    assertEquals(404, unknown.statusCode(), unknown.body());
    assertEquals(404, unknownPage.statusCode());
    for (String impossible : List.of("KS-1999-000001", "KS-2026-000000", "ks-0000-000000000")) {
      var tracked = kesher().get("api/v1/requests/" + impossible, "X-Tracking-Code", code);
      assertEquals(404, tracked.statusCode(), impossible + ": " + tracked.body());
      assertEquals(
          unknown.body().replace("KS-2026-999998", "REF"),
          tracked.body().replace(impossible, "REF"),
          impossible + " reads as an unknown reference");
      var replied =
          kesher()
              .post(
                  "api/v1/requests/" + impossible + "/replies",
                  "{\"message\":\"hello\"}",
                  "X-Tracking-Code",
                  code);
      assertEquals(404, replied.statusCode(), impossible + ": " + replied.body());
      var page =
          kesher()
              .post(
                  "track.xhtml",
                  "action=track&reference=" + impossible + "&code=" + code,
                  "Content-Type",
                  "application/x-www-form-urlencoded");
      assertEquals(404, page.statusCode(), impossible);
      assertEquals(
          unknownPage.body().replace("KS-2026-999998", "REF").replaceAll("ViewState[^>]*", ""),
          page.body().replace(impossible, "REF").replaceAll("ViewState[^>]*", ""),
          impossible + " reads as an unknown reference on the tracking page");
    }
  }

  @Test
  void throttlesRepeatedWrongCodesEvenAgainstTheRightOne() throws Exception {
    var created =
        kesher()
            .post(
                "api/v1/requests",
                aRequest("GENERAL")
                    .fromMail("Daniel Katz", "daniel@example.org")
                    .answer("subject", "Benches")
                    .answer("description", "The park needs benches.")
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject receipt = KesherClient.json(created).asJsonObject();
    String path = "api/v1/requests/" + receipt.getString("reference");
    for (int i = 0; i < 10; i++) {
      assertEquals(404, kesher().get(path, "X-Tracking-Code", "WRON-GCOD-EWRO-NG00").statusCode());
    }
    var throttled = kesher().get(path, "X-Tracking-Code", receipt.getString("trackingCode"));
    assertEquals(429, throttled.statusCode(), throttled.body());
    assertTrue(throttled.headers().firstValue("Retry-After").isPresent());
    assertEquals(
        "application/problem+json", throttled.headers().firstValue("Content-Type").orElse(""));
  }

  @Test
  void refusesBadInputWithFieldErrorsInTheCallersLanguageAndStoresNothing() throws Exception {
    long before = count("SELECT COUNT(*) FROM case_file");
    var invalid =
        kesher()
            .post(
                "api/v1/requests",
                "{\"requestType\":\"MEDIATION\",\"email\":\"nope\",\"answers\":{\"relationship\":\"X\"}}",
                "Accept-Language",
                "ar");
    assertEquals(400, invalid.statusCode(), invalid.body());
    assertEquals(
        "application/problem+json", invalid.headers().firstValue("Content-Type").orElse(""));
    JsonObject problem = KesherClient.json(invalid).asJsonObject();
    var fields =
        problem.getJsonArray("errors").stream()
            .map(e -> e.asJsonObject().getString("field"))
            .toList();
    assertTrue(
        fields.containsAll(
            java.util.List.of(
                "name", "email", "consent", "answers.other_party_name", "answers.relationship")),
        fields.toString());
    assertTrue(problem.toString().contains("يرجى تعبئة هذا الحقل"), problem.toString());

    assertEquals(400, kesher().post("api/v1/requests", "{not json").statusCode());
    assertEquals(400, kesher().post("api/v1/requests", "[1,2]").statusCode());
    var wrongMedia =
        kesher().post("api/v1/requests", "requestType=GENERAL", "Content-Type", "text/plain");
    assertEquals(415, wrongMedia.statusCode(), wrongMedia.body());
    assertEquals(before, count("SELECT COUNT(*) FROM case_file"), "nothing stored");
  }

  private JsonObject openGeneral(String marker) throws Exception {
    var created =
        kesher()
            .post(
                "api/v1/requests",
                aRequest("GENERAL")
                    .from("Lea Adler", "052-7654321")
                    .answer("subject", "Shade")
                    .answer("description", marker)
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    return KesherClient.json(created).asJsonObject();
  }

  private static byte[] column(String sql, Object... parameters) throws Exception {
    try (Connection c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        var query = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next(), "a row for " + sql);
        return rows.getBytes(1);
      }
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Test
  void repliesWithTheRightCodeAddTheResidentsMessageAndFiles() throws Exception {
    JsonObject receipt = openGeneral("REPLY-CASE-MARKER-1");
    String reference = receipt.getString("reference");
    String code = receipt.getString("trackingCode");
    String replies = "api/v1/requests/" + reference + "/replies";

    var replied =
        kesher()
            .post(
                replies, "{\"message\":\"REPLY-MARKER-2 more details\"}", "X-Tracking-Code", code);
    assertEquals(200, replied.statusCode(), replied.body());
    var timeline = KesherClient.json(replied).asJsonObject().getJsonArray("timeline");
    assertEquals("RESIDENT_REPLY", timeline.getJsonObject(timeline.size() - 1).getString("event"));
    assertFalse(
        new String(
                column(
                    "SELECT e.body FROM case_event e JOIN case_file c ON c.id = e.case_id WHERE"
                        + " e.kind = 'RESIDENT_REPLY' AND c.reference = ?",
                    reference),
                StandardCharsets.UTF_8)
            .contains("REPLY-MARKER-2"),
        "the reply is sealed at rest");

    long events = count("SELECT COUNT(*) FROM case_event");
    assertEquals(
        404,
        kesher()
            .post(replies, "{\"message\":\"x\"}", "X-Tracking-Code", "AAAA-BBBB-CCCC-DDDD")
            .statusCode());
    assertEquals(
        400, kesher().post(replies, "{\"message\":\"  \"}", "X-Tracking-Code", code).statusCode());
    assertEquals(
        400, kesher().post(replies, "{\"text\":\"x\"}", "X-Tracking-Code", code).statusCode());
    assertEquals(events, count("SELECT COUNT(*) FROM case_event"), "refused replies store nothing");

    byte[] png = SampleFiles.image("png");
    var withFile =
        kesher()
            .postMultipart(
                replies,
                List.of(
                    Part.text("message", "text/plain", "REPLY-MARKER-3 the photo"),
                    Part.file("attachments", "photo.png", png)),
                "X-Tracking-Code",
                code);
    assertEquals(200, withFile.statusCode(), withFile.body());
    byte[] stored =
        column(
            "SELECT a.content FROM case_attachment a JOIN case_file c ON c.id = a.case_id"
                + " WHERE a.event_id IS NOT NULL AND c.reference = ?",
            reference);
    assertFalse(contains(stored, Arrays.copyOfRange(png, 0, 24)), "the file is sealed at rest");
  }

  @Test
  void acceptsFilesByTheirContentAndRefusesTheRestStoringNothing() throws Exception {
    String request =
        aRequest("HOUSE_COMMITTEE")
            .from("Avi Levi", "050-1111111")
            .answer("building_address", "Herzl 5")
            .answer("issue", "FOUND_COMMITTEE")
            .answer("description", "ATTACH-MARKER-4")
            .json();
    var accepted =
        kesher()
            .postMultipart(
                "api/v1/requests",
                List.of(
                    Part.text("request", "application/json", request),
                    Part.file("attachments", "scan.pdf", SampleFiles.image("png")),
                    Part.file("attachments", "letter.pdf", SampleFiles.pdf())));
    assertEquals(201, accepted.statusCode(), accepted.body());
    String reference = KesherClient.json(accepted).asJsonObject().getString("reference");
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM case_attachment a JOIN case_file c ON c.id = a.case_id WHERE"
                + " a.media_type = 'image/png' AND c.reference = ?",
            reference),
        "a PNG named .pdf is kept as the PNG it is");

    long cases = count("SELECT COUNT(*) FROM case_file");
    long files = count("SELECT COUNT(*) FROM case_attachment");
    var program =
        kesher()
            .postMultipart(
                "api/v1/requests",
                List.of(
                    Part.text("request", "application/json", request),
                    Part.file("attachments", "invoice.pdf", SampleFiles.program())));
    assertEquals(400, program.statusCode(), program.body());
    assertTrue(program.body().contains("attachments[0]"), program.body());

    var tooLargeFile =
        kesher()
            .postMultipart(
                "api/v1/requests",
                List.of(
                    Part.text("request", "application/json", request),
                    Part.file("attachments", "big.pdf", new byte[11 * 1024 * 1024])));
    assertEquals(400, tooLargeFile.statusCode(), tooLargeFile.body());

    var tooLargeBody =
        kesher()
            .post(
                "api/v1/requests",
                request.replace("ATTACH-MARKER-4", "x".repeat(300 * 1024)),
                "Accept-Language",
                "en");
    assertEquals(413, tooLargeBody.statusCode(), tooLargeBody.body());
    assertEquals(
        "application/problem+json", tooLargeBody.headers().firstValue("Content-Type").orElse(""));

    var noRequestPart =
        kesher()
            .postMultipart(
                "api/v1/requests", List.of(Part.file("attachments", "a.pdf", SampleFiles.pdf())));
    assertEquals(400, noRequestPart.statusCode(), noRequestPart.body());

    assertEquals(cases, count("SELECT COUNT(*) FROM case_file"), "no case stored");
    assertEquals(files, count("SELECT COUNT(*) FROM case_attachment"), "no file stored");
  }

  /** A valid answer for each of the type's required fields, as its definition asks. */
  private static Map<String, String> requiredAnswers(JsonObject type) {
    Map<String, String> answers = new TreeMap<>();
    for (var value : type.getJsonArray("fields")) {
      JsonObject field = value.asJsonObject();
      if (!field.getBoolean("required")) {
        continue;
      }
      var options = field.getJsonArray("options");
      answers.put(
          field.getString("code"),
          switch (field.getString("datatype")) {
            case "CHOICE", "MULTI_CHOICE" -> options.getJsonObject(0).getString("code");
            case "NUMBER" -> "2";
            case "BOOLEAN" -> "true";
            case "DATE" -> "2026-12-01";
            default -> "ROUTE-MARKER answer";
          });
    }
    return answers;
  }

  private static String json(
      String type, String locality, Map<String, String> answers, JsonObject definition) {
    var body =
        jakarta.json.Json.createObjectBuilder()
            .add("requestType", type)
            .add("name", "Route Tester")
            .add("phone", "050-2222222")
            .add("consent", true);
    if (locality != null) {
      body.add("locality", locality);
    }
    var given = jakarta.json.Json.createObjectBuilder();
    for (var value : definition.getJsonArray("fields")) {
      JsonObject field = value.asJsonObject();
      String answer = answers.get(field.getString("code"));
      if (answer == null) {
        continue;
      }
      switch (field.getString("datatype")) {
        case "MULTI_CHOICE" ->
            given.add(field.getString("code"), jakarta.json.Json.createArrayBuilder().add(answer));
        case "NUMBER" -> given.add(field.getString("code"), Integer.parseInt(answer));
        case "BOOLEAN" -> given.add(field.getString("code"), true);
        default -> given.add(field.getString("code"), answer);
      }
    }
    return body.add("answers", given).build().toString();
  }

  private static String form(
      String type, String locality, Map<String, String> answers, String language) {
    var form =
        new StringBuilder("type=" + type + "&name=Route+Tester&phone=050-2222222&consent=true");
    form.append("&emailSafe=false&language=").append(language);
    if (locality != null) {
      form.append("&locality=").append(locality);
    }
    answers.forEach(
        (code, answer) ->
            form.append("&answers.")
                .append(code)
                .append('=')
                .append(java.net.URLEncoder.encode(answer, StandardCharsets.UTF_8)));
    return form.toString();
  }

  /** Sends the public form as a browser would; returns the reference its confirmation shows. */
  private String submitForm(String body, String language) throws Exception {
    var posted =
        kesher()
            .post(
                "request.xhtml",
                body,
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Cookie",
                "kesher-lang=" + language);
    assertEquals(302, posted.statusCode(), posted.body());
    assertTrue(posted.headers().firstValue("Location").orElse("").endsWith("/confirmation.xhtml"));
    String ticket =
        posted.headers().allValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("kesher-receipt="))
            .map(c -> c.substring(0, c.indexOf(';')))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no receipt cookie: " + posted.headers()));
    var confirmation =
        kesher().get("confirmation.xhtml", "Cookie", ticket + "; kesher-lang=" + language);
    assertEquals(200, confirmation.statusCode());
    assertTrue(confirmation.body().contains("lang=\"" + language + "\""), confirmation.body());
    var reference =
        java.util.regex.Pattern.compile("id=\"reference\"><bdi>(KS-\\d{4}-\\d{6,})</bdi>")
            .matcher(confirmation.body());
    assertTrue(reference.find(), confirmation.body());
    assertTrue(
        confirmation.body().matches("(?s).*id=\"tracking-code\"><bdi>[A-Z0-9-]{16,}</bdi>.*"),
        "the confirmation shows the tracking code");
    var again = kesher().get("confirmation.xhtml", "Cookie", ticket);
    assertFalse(again.body().contains(reference.group(1)), "the receipt is shown once");
    return reference.group(1);
  }

  @Test
  void routesEveryTypeByTheSeedRulesThroughTheApiAndTheFormInEachLanguage() throws Exception {
    Map<String, JsonObject> types = new TreeMap<>();
    KesherClient.json(kesher().get("api/v1/request-types?lang=en")).asJsonArray().stream()
        .map(t -> t.asJsonObject())
        .forEach(t -> types.put(t.getString("code"), t));
    String intakeDesk;
    List<String[]> cases = new ArrayList<>();
    try (Connection c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet desk = s.executeQuery("SELECT code FROM community_unit WHERE intake_desk")) {
        desk.next();
        intakeDesk = desk.getString(1);
      }
      // each seed rule, with the locality it names (or none)
      try (ResultSet rules =
          s.executeQuery(
              "SELECT t.code, l.code, u.code FROM routing_rule r JOIN request_type t ON t.id ="
                  + " r.request_type_id LEFT JOIN locality l ON l.id = r.locality_id JOIN"
                  + " community_unit u ON u.id = r.unit_id WHERE r.active ORDER BY r.id")) {
        while (rules.next()) {
          cases.add(new String[] {rules.getString(1), rules.getString(2), rules.getString(3)});
        }
      }
    }
    assertTrue(cases.size() >= 20, "the seed has its rules: " + cases.size());
    // every type without a locality: its type-wide rule, else the intake desk
    for (String type : types.keySet()) {
      String expected =
          cases.stream()
              .filter(rule -> rule[0].equals(type) && rule[1] == null)
              .map(rule -> rule[2])
              .findFirst()
              .orElse(intakeDesk);
      cases.add(new String[] {type, null, expected});
    }
    assertTrue(
        cases.stream().anyMatch(rule -> rule[2].equals(intakeDesk)),
        "the fallback to the intake desk is among the cases");

    String[] languages = {"he", "ar", "en"};
    int done = 0;
    for (String[] routing : cases) {
      JsonObject type = types.get(routing[0]);
      Map<String, String> answers = requiredAnswers(type);
      var created = kesher().post("api/v1/requests", json(routing[0], routing[1], answers, type));
      assertEquals(201, created.statusCode(), created.body());
      String viaApi = KesherClient.json(created).asJsonObject().getString("reference");
      storedCase(viaApi)
          .because("API " + String.join("/", Arrays.asList(routing)))
          .isInUnit(routing[2]);
      String language = languages[done++ % 3];
      String viaForm = submitForm(form(routing[0], routing[1], answers, language), language);
      storedCase(viaForm)
          .because("form " + language + " " + String.join("/", Arrays.asList(routing)))
          .isInUnit(routing[2]);
    }
    for (String type : types.keySet()) {
      for (String language : languages) {
        String reference =
            submitForm(form(type, null, requiredAnswers(types.get(type)), language), language);
        storedCase(reference).cameBy("WEB_FORM");
      }
    }
  }

  @Test
  void anAnonymousProtectionRequestNeedsNoNameAndIsTrackedByReferenceAndCodeAlone()
      throws Exception {
    var created =
        kesher()
            .post(
                "api/v1/requests",
                aRequest("PROTECTION_CONTACT")
                    .anonymous()
                    .answer("description", "ANON-MARKER-5")
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    JsonObject receipt = KesherClient.json(created).asJsonObject();
    var tracked =
        kesher()
            .get(
                "api/v1/requests/" + receipt.getString("reference"),
                "X-Tracking-Code",
                receipt.getString("trackingCode"));
    assertEquals(200, tracked.statusCode(), tracked.body());

    String reference =
        submitForm(
            "type=PROTECTION_CONTACT&anonymous=true&consent=true&language=ar"
                + "&answers.description=ANON-MARKER-6",
            "ar");
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM case_file WHERE anonymous AND requester_name IS NULL AND"
                + " requester_phone IS NULL AND requester_email IS NULL AND reference = ?",
            reference));
    var refused =
        kesher()
            .post(
                "request.xhtml",
                "type=MEDIATION&anonymous=true&consent=true&answers.dispute_description=x",
                "Content-Type",
                "application/x-www-form-urlencoded");
    assertEquals(400, refused.statusCode());
    assertTrue(refused.body().contains("error-summary"), "the form shows its problems");

    long cases = count("SELECT COUNT(*) FROM case_file");
    var bot =
        kesher()
            .post(
                "request.xhtml",
                "type=PROTECTION_CONTACT&anonymous=true&consent=true&answers.description=x"
                    + "&website=http%3A%2F%2Fspam.example",
                "Content-Type",
                "application/x-www-form-urlencoded");
    assertEquals(400, bot.statusCode(), "the honeypot was filled in");
    assertEquals(cases, count("SELECT COUNT(*) FROM case_file"), "a bot's request is not stored");
  }

  private static final String SYSTEM_ASSIGNMENTS =
      "SELECT COUNT(*) FROM case_event e JOIN case_file c ON c.id = e.case_id"
          + " JOIN community_unit u ON u.id = c.unit_id WHERE u.code = 'HOUSING_CULTURE'"
          + " AND e.kind = 'ASSIGNED' AND e.actor_kind = 'SYSTEM'"
          + " AND e.visibility = 'INTERNAL' AND e.actor_id IS NULL";

  @Test
  void assignsRequestsArrivingAtOnceEvenlyAmongTheUnitsEnabledMembers() throws Exception {
    long systemAssignmentsBefore = count(SYSTEM_ASSIGNMENTS);
    long unassignedBefore =
        count(
            "SELECT COUNT(*) FROM case_file c JOIN community_unit u ON u.id = c.unit_id"
                + " WHERE u.code = 'HOUSING_CULTURE' AND c.assignee_id IS NULL");
    // HOUSE_COMMITTEE goes to the Housing Culture unit, which no other test staffs: fewest open
    // cases first among the members made here (ids from 900001 stay clear of generated ones)
    try (Connection c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        Statement s = c.createStatement()) {
      for (int i = 1; i <= 4; i++) {
        long id = 900_000 + i;
        s.executeUpdate(
            "INSERT INTO staff_account (id, username, display_name, password_hash, language,"
                + " enabled, created_at) VALUES ("
                + id
                + ", 'assign.test"
                + i
                + "', 'Assign Test "
                + i
                + "', 'never-logs-in', 'en', "
                + (i < 4 ? "TRUE" : "FALSE")
                + ", CURRENT_TIMESTAMP)");
        s.executeUpdate(
            "INSERT INTO unit_membership (id, staff_id, unit_id, member_role) SELECT "
                + id
                + ", "
                + id
                + ", u.id, '"
                + (i == 1 ? "HEAD" : "MEMBER")
                + "' FROM community_unit u WHERE u.code = 'HOUSING_CULTURE'");
      }
    }
    String request =
        aRequest("HOUSE_COMMITTEE")
            .from("Miriam Cohen", "050-7654321")
            .answer("building_address", "Hashalom 3")
            .answer("issue", "FOUND_COMMITTEE")
            .answer("description", "We want a committee.")
            .json();
    int requests = 8;
    postAtOnce(requests, request);
    Map<Long, Long> open = openCasesPerMember();
    assertEquals(0L, open.get(900_004L), "a disabled account gets no case: " + open);
    var enabled =
        List.of(open.get(900_001L), open.get(900_002L), open.get(900_003L)).stream()
            .mapToLong(Long::longValue)
            .summaryStatistics();
    assertEquals(requests, enabled.getSum(), open.toString());
    assertTrue(
        enabled.getMax() - enabled.getMin() <= 1,
        "open cases per member differ by at most one: " + open);
    assertEquals(
        unassignedBefore,
        count(
            "SELECT COUNT(*) FROM case_file c JOIN community_unit u ON u.id = c.unit_id"
                + " WHERE u.code = 'HOUSING_CULTURE' AND c.assignee_id IS NULL"),
        "every new case of the unit was assigned");
    assertEquals(
        systemAssignmentsBefore + requests,
        count(SYSTEM_ASSIGNMENTS),
        "each assignment is an internal event of the system");

    // round-robin: requests arriving at once take the unit's turn one after the other, so the
    // enabled members (other test classes add some) get them in turn, whatever their open cases:
    // nobody a second before everyone a first
    TestDatabase.execute(
        "UPDATE community_unit SET assignment_policy = 'ROUND_ROBIN' WHERE code = 'HOUSING_CULTURE'");
    try {
      postAtOnce(6, request);
      Map<Long, Long> after = openCasesPerMember();
      List<Long> gained = new ArrayList<>();
      for (var member : after.entrySet()) {
        boolean active =
            count("SELECT COUNT(*) FROM staff_account WHERE enabled AND id = ?", member.getKey())
                == 1;
        if (active) {
          gained.add(member.getValue() - open.getOrDefault(member.getKey(), 0L));
        }
      }
      assertEquals(6L, gained.stream().mapToLong(Long::longValue).sum(), "all six: " + after);
      assertTrue(
          Collections.max(gained) - Collections.min(gained) <= 1, "in turn: " + open + after);
      assertEquals(
          open.get(900_004L), after.get(900_004L), "a disabled account gets no case: " + after);
      long last =
          count(
              "SELECT t.last_assignee_id FROM assignment_turn t JOIN community_unit u"
                  + " ON u.id = t.unit_id WHERE u.code = 'HOUSING_CULTURE'");
      assertTrue(
          after.getOrDefault(last, 0L) > open.getOrDefault(last, 0L),
          "the turn remembers one of those who got a case: " + last);
    } finally {
      TestDatabase.execute(
          "UPDATE community_unit SET assignment_policy = 'LEAST_OPEN' WHERE code = 'HOUSING_CULTURE'");
    }
  }

  @Test
  void anIntakeWaitingForItsUnitsTurnHoldsNoIdBlock() throws Exception {
    // An intake writes its case and takes its unit's turn last. Had it reserved an id block inside
    // its transaction, it would hold the block's id_sequence row while waiting for the turn, and
    // the intake holding the turn, needing the next block, would deadlock with it (seen under
    // load). So a block reserved by an intake that waits at the turn is already committed.
    TestDatabase.execute(
        "INSERT INTO staff_account (id, username, display_name, email, password_hash, language,"
            + " enabled, created_at) VALUES (900011, 'volunteering.test', 'Volunteering Test',"
            + " 'volunteering.test@kesher.example', 'never-logs-in', 'en', TRUE,"
            + " CURRENT_TIMESTAMP)");
    TestDatabase.execute(
        "INSERT INTO unit_membership (id, staff_id, unit_id, member_role) SELECT 900011, 900011,"
            + " u.id, 'MEMBER' FROM community_unit u WHERE u.code = 'VOLUNTEERING'");
    String request =
        aRequest("VOLUNTEER")
            .from("Dana Levi", "050-1112233")
            .choices("availability", "WEEKENDS")
            .answer("skills", "First aid.")
            .json();
    long unit = count("SELECT id FROM community_unit WHERE code = 'VOLUNTEERING'");
    var client = Executors.newSingleThreadExecutor();
    boolean committedWhileWaiting = false;
    try {
      // each intake takes its case's id before the turn: a block of 50 runs out within 50
      for (int i = 0; i < 60 && !committedWhileWaiting; i++) {
        try (Connection turn = TestDatabase.dataSource(TestDatabase.url()).getConnection();
            Statement s = turn.createStatement()) {
          turn.setAutoCommit(false);
          // the turn's row alone: a join would lock the unit's row too, which the case's insert
          // needs before the turn
          s.executeQuery(
                  "SELECT unit_id FROM assignment_turn WHERE unit_id = " + unit + " FOR UPDATE")
              .close();
          long before = count("SELECT seq_count FROM id_sequence WHERE seq_name = 'case_file'");
          Future<HttpResponse<String>> waiting =
              client.submit(() -> kesher().post("api/v1/requests", request));
          awaitAtTheTurn(waiting);
          committedWhileWaiting =
              count("SELECT seq_count FROM id_sequence WHERE seq_name = 'case_file'") > before;
          turn.rollback();
          HttpResponse<String> created = waiting.get(30, TimeUnit.SECONDS);
          assertEquals(201, created.statusCode(), created.body());
        }
      }
    } finally {
      client.shutdownNow();
    }
    assertTrue(committedWhileWaiting, "an id block reserved before the turn is committed at once");
  }

  /** Until the request waits for its unit's turn, which a test's transaction holds. */
  private static void awaitAtTheTurn(Future<HttpResponse<String>> request) throws Exception {
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (count(
            "SELECT COUNT(*) FROM information_schema.processlist WHERE id <> CONNECTION_ID()"
                + " AND info LIKE '%FROM assignment_turn%FOR UPDATE%'")
        == 0) {
      if (request.isDone()) {
        fail("answered without waiting for the turn: " + request.get().body());
      }
      assertTrue(System.nanoTime() < until, "the intake reached its unit's turn");
      Thread.sleep(20);
    }
  }

  /** Posts the same request from as many clients at once; each is assigned on creation. */
  private void postAtOnce(int requests, String request) throws Exception {
    var pool = Executors.newFixedThreadPool(requests);
    try {
      var start = new CountDownLatch(1);
      List<Future<HttpResponse<String>>> posted = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        posted.add(
            pool.submit(
                () -> {
                  start.await();
                  return kesher().post("api/v1/requests", request);
                }));
      }
      start.countDown();
      for (Future<HttpResponse<String>> response : posted) {
        HttpResponse<String> created = response.get(60, TimeUnit.SECONDS);
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("ASSIGNED", KesherClient.json(created).asJsonObject().getString("status"));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<Long, Long> openCasesPerMember() throws Exception {
    return openCasesPerMember("HOUSING_CULTURE");
  }

  private static Map<Long, Long> openCasesPerMember(String unit) throws Exception {
    Map<Long, Long> open = new TreeMap<>();
    try (Connection c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT m.staff_id, COUNT(c.id) FROM unit_membership m"
                    + " JOIN community_unit u ON u.id = m.unit_id"
                    + " LEFT JOIN case_file c ON c.assignee_id = m.staff_id AND c.unit_id = u.id"
                    + " AND c.status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')"
                    + " WHERE u.code = '"
                    + unit
                    + "' GROUP BY m.staff_id")) {
      while (rows.next()) {
        open.put(rows.getLong(1), rows.getLong(2));
      }
    }
    return open;
  }
}
