package org.kesher.app.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.Random;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrations on the embedded default: H2 in MySQL mode, as a file database like ./data. */
class SchemaMigrationTest {

  @TempDir Path dataDir;

  private JdbcDataSource h2() {
    var h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:file:"
            + dataDir.resolve("kesher")
            + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    h2.setUser("kesher");
    h2.setPassword("kesher");
    return h2;
  }

  @Test
  void migratesAnEmptyH2DatabaseAndThenFindsNothingToDo() throws Exception {
    var first = SchemaMigration.migrate(h2());
    assertTrue(first.migrationsExecuted >= 2, "schema and seed data applied");
    assertTrue(first.success);

    var second = SchemaMigration.migrate(h2());
    assertEquals(0, second.migrationsExecuted);
    var flyway = SchemaMigration.flyway(h2());
    flyway.validate();
    assertEquals(first.targetSchemaVersion, flyway.info().current().getVersion().getVersion());

    SeedData.assertComplete(h2());
  }

  @Test
  void caseAttachmentHoldsASealedTenMegabyteFile() throws Exception {
    SchemaMigration.migrate(h2());
    byte[] sealed = new byte[1 + 12 + 10 * 1024 * 1024 + 16];
    new Random(7).nextBytes(sealed);
    try (Connection connection = h2().getConnection();
        Statement sql = connection.createStatement()) {
      try (ResultSet next =
          sql.executeQuery(
              "SELECT seq_count FROM id_sequence WHERE seq_name = 'case_attachment'")) {
        assertTrue(next.next(), "a row for the table generator");
        assertEquals(1000, next.getLong(1));
      }
      sql.executeUpdate(
          "INSERT INTO case_file (id, reference, tracking_code_hash, reply_token, request_type_id,"
              + " unit_id, confidentiality, status, channel, language, created_at, updated_at)"
              + " SELECT 5000, 'KS-2025-000001', 'h', 'r', t.id, u.id, 'RESTRICTED', 'NEW',"
              + " 'WEB_FORM', 'he', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM request_type t,"
              + " community_unit u WHERE t.code = 'MEDIATION' AND u.code = 'MEDIATION'");
      sql.executeUpdate(
          "INSERT INTO case_event (id, case_id, kind, visibility, actor_kind, occurred_at)"
              + " VALUES (6000, 5000, 'RESIDENT_REPLY', 'PUBLIC', 'RESIDENT', CURRENT_TIMESTAMP)");
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO case_attachment (id, case_id, event_id, display_name, media_type,"
                  + " size_bytes, content, created_at) VALUES (?, 5000, ?, ?, ?, ?, ?,"
                  + " CURRENT_TIMESTAMP)")) {
        insert.setLong(1, 7000);
        insert.setLong(2, 6000);
        insert.setBytes(3, new byte[1024]);
        insert.setString(
            4, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        insert.setLong(5, 10 * 1024 * 1024);
        insert.setBytes(6, sealed);
        insert.executeUpdate();
        insert.setLong(1, 7001);
        insert.setNull(2, Types.BIGINT);
        insert.executeUpdate();
      }
      try (ResultSet row =
          sql.executeQuery(
              "SELECT content, version FROM case_attachment WHERE id = 7001 AND event_id IS NULL")) {
        assertTrue(row.next());
        assertArrayEquals(sealed, row.getBytes(1));
        assertEquals(0, row.getLong(2));
      }
      assertThrows(
          SQLException.class,
          () ->
              sql.executeUpdate(
                  "INSERT INTO case_attachment (id, case_id, display_name, media_type,"
                      + " size_bytes, content, created_at) VALUES (7002, 4999, X'00', 'x', 1,"
                      + " X'00', CURRENT_TIMESTAMP)"),
          "a file belongs to an existing case");
    }
  }
}
