package org.kesher.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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
}
