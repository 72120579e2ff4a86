package org.kesher.app.control;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a database to the newest schema with the Flyway migrations of {@code sql/}, packed into
 * the WAR under {@code db/migration}. The app runs it at start-up; the tests run the very same.
 */
public final class SchemaMigration {

  public static final String LOCATION = "classpath:db/migration";

  private SchemaMigration() {}

  public static MigrateResult migrate(DataSource dataSource) {
    return flyway(dataSource).migrate();
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
