package org.kesher.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.testing.RequestDraft.aRequest;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kesher.app.control.SchemaMigration;
import org.kesher.ground.control.Israel;
import org.kesher.testing.KesherClient;
import org.kesher.testing.KesherProcess;
import org.kesher.testing.SentMails;
import org.kesher.testing.StaffBrowserSession;
import org.kesher.testing.TestDatabase;
import org.kesher.testing.WithTestDatabase;

/**
 * The access log in a running Kesher whose database user may only insert into the log and read it
 * (the schema's owner migrates and grants): logins, a sealed case read, a reference outside the
 * rule and the officer's export are recorded; the night's seal writes yesterday's head to the
 * server log and to the privacy officer's mail; the app's user cannot change or delete an entry;
 * and after rows are deleted, altered and inserted in SQL the officer's check names each one.
 */
@ExtendWith(WithTestDatabase.class)
class AccessLogIT {

  private static final String DATABASE = "kesher_audit";
  private static final String APP_USER = "kesher_app";
  private static final String APP_PASSWORD = "Kesher-App-Pass-1";
  private static final String OFFICER = "audit.officer";
  private static final String OFFICER_MAIL = "privacy@city.example";
  private static final String WORKER = "audit.worker";
  private static final String PASSWORD = "Audit-Pass-1";
  private static final String MARKER = "SEALED-AUDIT-MARKER-7731";

  @TempDir static Path workDir;

  private static GreenMail smtp;
  private static KesherProcess kesher;
  private static DataSource root;
  private static final LocalDate YESTERDAY = LocalDate.now(Israel.ZONE).minusDays(1);

  @BeforeAll
  static void kesherWithAnAppendOnlyLog() throws Exception {
    root = TestDatabase.freshDatabase(DATABASE);
    SchemaMigration.migrate(root);
    execute(
        root,
        "CREATE USER IF NOT EXISTS '" + APP_USER + "'@'%' IDENTIFIED BY '" + APP_PASSWORD + "'");
    execute(
        root,
        "CREATE USER IF NOT EXISTS '"
            + APP_USER
            + "'@'localhost' IDENTIFIED BY '"
            + APP_PASSWORD
            + "'");
    staff(960_001, OFFICER, "PRIVACY_OFFICER", OFFICER_MAIL);
    staff(960_002, WORKER, "CASEWORKER", null);
    execute(
        root,
        "INSERT INTO unit_membership (id, staff_id, unit_id, member_role)"
            + " SELECT 960002, 960002, id, 'HEAD' FROM community_unit"
            + " WHERE code = 'PROTECTION_EIN_TZURIM'");
    // what the log held yesterday, for the first night's seal
    for (int hour = 9; hour <= 11; hour++) {
      execute(
          root,
          "INSERT INTO access_entry (happened_at, staff_id, staff_name, client, action,"
              + " object_kind, object_ref, granted, extent) VALUES (?, 960002, 'audit.worker',"
              + " '10.1.1.1', 'CASE_OPENED', 'CASE', ?, TRUE, 'WHOLE_CASE')",
          Timestamp.from(YESTERDAY.atTime(hour, 0).atZone(Israel.ZONE).toInstant()),
          "KS-2026-90000" + hour % 10);
    }
    int smtpPort = KesherProcess.freePort();
    smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Map<String, String> environment = KesherProcess.onTestDatabase();
    environment.put("KESHER_DB_URL", TestDatabase.withDatabase(TestDatabase.url(), DATABASE));
    environment.put("KESHER_DB_USER", APP_USER);
    environment.put("KESHER_DB_PASSWORD", APP_PASSWORD);
    environment.put("KESHER_DB_OWNER_USER", TestDatabase.user());
    environment.put("KESHER_DB_OWNER_PASSWORD", TestDatabase.password());
    environment.put("KESHER_SMTP_HOST", "127.0.0.1");
    environment.put("KESHER_SMTP_PORT", String.valueOf(smtpPort));
    environment.put("KESHER_MAIL_POLL_MILLIS", "300");
    environment.put("KESHER_AUDIT_SEAL_HOUR", "0");
    kesher = KesherProcess.start(workDir, environment).awaitReady(Duration.ofMinutes(4));
  }

  @AfterAll
  static void stop() throws Exception {
    if (kesher != null) {
      kesher.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void theLogRecordsIsSealedNightlyCannotBeChangedByKesherAndNamesWhatWasChangedBehindItsBack()
      throws Exception {
    // the night's seal: yesterday's head in the database, the server log and the officer's mail
    var mail = SentMails.to(smtp, OFFICER_MAIL, 1, Duration.ofSeconds(120)).get(0);
    String head =
        single(
            "SELECT head FROM access_day WHERE sealed_day = ?", java.sql.Date.valueOf(YESTERDAY));
    assertTrue(mail.getSubject().contains(YESTERDAY.toString()), mail.getSubject());
    assertTrue(SentMails.text(mail).contains(head), "the head is in the mail");
    assertTrue(
        kesher.printed("Access log sealed for " + YESTERDAY + ": 3 entries, head " + head),
        "the head is in the server log");
    assertTrue(kesher.printed("Granted ['" + APP_USER + "'@"), "Kesher granted its user");

    // what happens today is recorded
    var officer = new StaffBrowserSession(kesher.base());
    assertEquals(401, officer.logIn(OFFICER, "not the password").statusCode());
    assertEquals(302, officer.logIn(OFFICER, PASSWORD).statusCode());
    var created =
        new KesherClient(kesher.base())
            .post(
                "api/v1/requests",
                aRequest("PROTECTION_CONTACT")
                    .in("EIN_TZURIM")
                    .anonymous()
                    .answer("description", MARKER)
                    .json());
    assertEquals(201, created.statusCode(), created.body());
    String sealed = KesherClient.json(created).asJsonObject().getString("reference");
    var worker = new StaffBrowserSession(kesher.base());
    assertEquals(302, worker.logIn(WORKER, PASSWORD).statusCode());
    assertEquals(200, worker.get("staff/case.xhtml?ref=" + sealed).statusCode());
    assertEquals(404, worker.get("staff/case.xhtml?ref=KS-2026-999999").statusCode());
    assertEquals(403, worker.get("staff/privacy/access-log.xhtml").statusCode());

    assertEquals(
        List.of("LOGIN|false|wrong password", "LOGIN|true|password"),
        rows(
            "SELECT action, granted, detail FROM access_entry WHERE staff_name = ?"
                + " AND action = 'LOGIN' ORDER BY id",
            OFFICER));
    assertEquals(
        List.of("CASE_CREATED|true|NONE|null", "CASE_OPENED|true|WHOLE_CASE|" + WORKER),
        rows(
            "SELECT action, granted, extent, staff_name FROM access_entry WHERE object_ref = ?"
                + " ORDER BY id",
            sealed));
    assertEquals(
        List.of("CASE_OPENED|false|" + WORKER),
        rows(
            "SELECT action, granted, staff_name FROM access_entry WHERE object_ref ="
                + " 'KS-2026-999999'"));

    // the officer's screen and export, the export recorded
    String page = officer.get("staff/privacy/access-log.xhtml").body();
    assertTrue(page.contains("KS-2026-999999"), "the refused reference is listed");
    assertTrue(page.contains(head), "the last heads are shown");
    var csv = officer.get("staff/privacy/access-log.csv?object=" + sealed);
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith("id,time,staff,client,action"), csv.body());
    assertTrue(
        csv.body().contains("CASE_OPENED,CASE," + sealed + ",granted,WHOLE_CASE"), csv.body());
    assertEquals(
        List.of("LIST_EXPORTED|" + OFFICER + "|object=" + sealed),
        rows("SELECT action, staff_name, detail FROM access_entry WHERE action = 'LIST_EXPORTED'"));

    // nothing of the sealed case's content in the log, the server log or any mail
    assertEquals("0", single("SELECT COUNT(*) FROM access_entry WHERE detail LIKE '%MARKER%'"));
    assertFalse(kesher.text().contains(MARKER), "the server log");
    assertFalse(SentMails.everything(smtp).contains(MARKER), "the mails");

    // Kesher's own database user cannot change or remove an entry
    DataSource app =
        TestDatabase.dataSource(TestDatabase.withDatabase(TestDatabase.url(), DATABASE));
    ((com.mysql.cj.jdbc.MysqlDataSource) app).setUser(APP_USER);
    ((com.mysql.cj.jdbc.MysqlDataSource) app).setPassword(APP_PASSWORD);
    assertThrows(SQLException.class, () -> execute(app, "UPDATE access_entry SET granted = TRUE"));
    assertThrows(SQLException.class, () -> execute(app, "DELETE FROM access_entry"));
    assertThrows(SQLException.class, () -> execute(app, "DELETE FROM access_day"));
    assertThrows(SQLException.class, () -> execute(app, "UPDATE access_seal SET hash = 'x'"));

    // behind Kesher's back, as the database's owner: one deleted, one altered, one slipped in
    List<String> ids =
        rows("SELECT id FROM access_entry WHERE object_ref LIKE 'KS-2026-90000%' ORDER BY id");
    execute(root, "DELETE FROM access_entry WHERE id = ?", Long.parseLong(ids.get(0)));
    execute(
        root,
        "UPDATE access_entry SET staff_name = 'nobody' WHERE id = ?",
        Long.parseLong(ids.get(1)));
    execute(
        root,
        "INSERT INTO access_entry (happened_at, staff_name, action, object_kind, object_ref,"
            + " granted, extent) VALUES (?, 'ghost', 'CASE_OPENED', 'CASE', 'KS-2026-123456', TRUE,"
            + " 'WHOLE_CASE')",
        Timestamp.from(YESTERDAY.atTime(15, 0).atZone(Israel.ZONE).toInstant()));
    String slipped = single("SELECT id FROM access_entry WHERE object_ref = 'KS-2026-123456'");
    var checked =
        officer
            .submit(
                "staff/privacy/access-log.xhtml",
                Map.of("access-log", "access-log", "access-log:verify", ""))
            .body();
    int list = checked.indexOf("id=\"findings\"");
    assertTrue(list > 0, "the check found something: " + checked);
    String findings = checked.substring(list, checked.indexOf("</ul>", list));
    for (String id : List.of(ids.get(0), ids.get(1), slipped)) {
      assertTrue(findings.contains(">" + id + "<"), "entry " + id + " is named: " + findings);
    }
    assertEquals(
        "1",
        single(
            "SELECT COUNT(*) FROM access_entry WHERE action = 'ACCESS_LOG_VERIFIED'"
                + " AND detail = ?",
            "removed: entry " + ids.get(0)));
  }

  private static void staff(long id, String username, String role, String email) throws Exception {
    execute(
        root,
        "INSERT INTO staff_account (id, username, display_name, password_hash, language, email,"
            + " created_at) VALUES (?, ?, ?, ?, 'en', ?, CURRENT_TIMESTAMP(3))",
        id,
        username,
        "Test " + username,
        StaffBrowserSession.storedPassword(PASSWORD, 600_000),
        email);
    execute(root, "INSERT INTO staff_role (staff_id, role) VALUES (?, ?)", id, role);
  }

  private static void execute(DataSource on, String sql, Object... values) throws SQLException {
    try (Connection c = on.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.execute();
    }
  }

  /** Each row's columns joined by "|". */
  private static List<String> rows(String sql, Object... values) throws SQLException {
    try (Connection c = root.getConnection();
        PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      List<String> rows = new ArrayList<>();
      try (var result = statement.executeQuery()) {
        int columns = result.getMetaData().getColumnCount();
        while (result.next()) {
          StringBuilder row = new StringBuilder();
          for (int column = 1; column <= columns; column++) {
            row.append(column > 1 ? "|" : "").append(result.getObject(column));
          }
          rows.add(row.toString());
        }
      }
      return rows;
    }
  }

  private static String single(String sql, Object... values) throws SQLException {
    return rows(sql, values).get(0);
  }
}
