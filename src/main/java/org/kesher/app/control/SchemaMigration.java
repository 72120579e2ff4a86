package org.kesher.app.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.kesher.ground.control.DatabaseKind;

/**
 * Brings a database to the newest schema with the Flyway migrations of {@code sql/}, packed into
 * the WAR under {@code db/migration}. The app runs it at start-up; the tests run the very same.
 */
public final class SchemaMigration {

  public static final String LOCATION = "classpath:db/migration";

  private SchemaMigration() {}

  /** The named lock nodes that start together take before they migrate (MySQL and MariaDB). */
  static final String LOCK = "kesher-schema-migration";

  /**
   * Migrates, one node at a time: on MySQL and MariaDB under a named lock of Kesher's own, since
   * Flyway takes none on Galera (it sees {@code wsrep_on} and falls back to locking its history
   * table, which does not exist yet when two nodes start together on a new database: both ran the
   * first migration, and one failed). Every node writes to the same database node, where the lock
   * holds. A node that finds the schema migrated by another has nothing left to do.
   */
  public static MigrateResult migrate(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      boolean mysql = DatabaseKind.of(connection.getMetaData().getURL()) == DatabaseKind.MYSQL;
      if (mysql) {
        lock(connection);
      }
      try {
        return flyway(dataSource).migrate();
      } finally {
        if (mysql) {
          try (var release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            release.setString(1, LOCK);
            release.executeQuery().close();
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("the schema's migration lock failed", e);
    }
  }

  private static void lock(Connection connection) throws SQLException {
    try (var lock = connection.prepareStatement("SELECT GET_LOCK(?, 600)")) {
      lock.setString(1, LOCK);
      try (ResultSet taken = lock.executeQuery()) {
        if (!taken.next() || taken.getInt(1) != 1) {
          throw new SQLException("another node held the schema's migration lock for 10 minutes");
        }
      }
    }
  }

  public static Flyway flyway(DataSource dataSource) {
    return Flyway.configure(SchemaMigration.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .javaMigrations(new V24__access_log_prune())
        .failOnMissingLocations(true)
        .validateMigrationNaming(true)
        .cleanDisabled(true)
        .load();
  }
}
