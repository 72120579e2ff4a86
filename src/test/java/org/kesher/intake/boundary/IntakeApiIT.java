package org.kesher.intake.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kesher.testing.KesherClient;
import org.kesher.testing.TestDatabase;
import org.kesher.testing.WithTestDatabase;

/** Residents' requests over the JSON API, against MariaDB: open, route, track, refuse. */
@ExtendWith({WithTestDatabase.class, ArquillianExtension.class})
class IntakeApiIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return ShrinkWrap.create(ZipImporter.class, "kesher.war")
        .importFrom(new File(System.getProperty("kesher.test.war", "target/kesher.war")))
        .as(WebArchive.class);
  }

  @ArquillianResource URL base;

  private KesherClient kesher() throws Exception {
    return new KesherClient(base.toURI());
  }

  private static long count(String sql) throws Exception {
    try (Connection c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  @Test
  void opensASealedRequestRoutesItAndTracksItWithTheCodeOnly() throws Exception {
    var created =
        kesher()
            .post(
                "api/v1/requests",
                "{\"requestType\":\"PROTECTION_CONTACT\",\"locality\":\"ALUMA\",\"language\":\"he\","
                    + "\"name\":\"רות אברהם\",\"phone\":\"050-1234567\",\"consent\":true,"
                    + "\"answers\":{\"description\":\"פנייה לצוות המוגנות\",\"concerns_child\":true}}");
    assertEquals(201, created.statusCode(), created.body());
    JsonObject receipt = KesherClient.json(created).asJsonObject();
    String reference = receipt.getString("reference");
    String code = receipt.getString("trackingCode");
    assertTrue(reference.matches("KS-\\d{4}-\\d{6,}"), reference);
    assertEquals("NEW", receipt.getString("status"));
    assertTrue(created.headers().firstValue("Location").orElse("").endsWith(reference));
    assertTrue(created.headers().firstValue("Cache-Control").orElse("").contains("no-store"));

    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM case_file c JOIN community_unit u ON u.id = c.unit_id"
                + " WHERE c.reference = '"
                + reference
                + "' AND u.code = 'PROTECTION_ALUMA' AND c.confidentiality = 'SEALED'"));
    try (Connection c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        Statement s = c.createStatement();
        ResultSet row =
            s.executeQuery(
                "SELECT requester_name, answers, tracking_code_hash FROM case_file WHERE reference = '"
                    + reference
                    + "'")) {
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

  @Test
  void throttlesRepeatedWrongCodesEvenAgainstTheRightOne() throws Exception {
    var created =
        kesher()
            .post(
                "api/v1/requests",
                "{\"requestType\":\"GENERAL\",\"name\":\"Daniel Katz\",\"email\":"
                    + "\"daniel@example.org\",\"emailSafe\":true,\"consent\":true,\"answers\":"
                    + "{\"subject\":\"Benches\",\"description\":\"The park needs benches.\"}}");
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
}
