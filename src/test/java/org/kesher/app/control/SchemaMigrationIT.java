package org.kesher.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.kesher.testing.TestDatabase;

/** The migrations on MariaDB through Connector/J, as production runs them on MySQL 8. */
class SchemaMigrationIT {

  @Test
  void migratesAnEmptyMariaDbDatabaseAndThenFindsNothingToDo() throws Exception {
    DataSource fresh = TestDatabase.freshDatabase("kesher_migrations");
    try (Connection connection = fresh.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductVersion();
      assertTrue(product.contains("MariaDB") || product.startsWith("8."), product);
    }
    var first = SchemaMigration.migrate(fresh);
    assertTrue(first.migrationsExecuted >= 2, "schema and seed data applied");

    var second = SchemaMigration.migrate(fresh);
    assertEquals(0, second.migrationsExecuted);
    var flyway = SchemaMigration.flyway(fresh);
    flyway.validate();
    assertEquals(first.targetSchemaVersion, flyway.info().current().getVersion().getVersion());

    SeedData.assertComplete(fresh);
  }
}
