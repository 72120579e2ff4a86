package org.kesher.app.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.api.FlywayException;
import org.kesher.ground.control.DatabaseKind;
import org.kesher.ground.control.DatabaseProblem;
import org.kesher.ground.control.KesherDataSource;
import org.kesher.ground.control.Setting;
import org.kesher.ground.control.StartupFailure;
import org.kesher.sealing.control.KeyLedger;
import org.kesher.sealing.control.SealingKeys;

/**
 * The first thing Kesher's code does: checks every setting, reaches the database, loads the sealing
 * keys and migrates the schema. Any failure stops start-up with a line that names the setting.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
@DataSourceDefinition(
    // The container only enlists connections in transactions (no pooling of its own): the pool is
    // HikariCP's, inside KesherDataSource, because only there can its size come from
    // MicroProfile Config. KesherDataSource reads URL, user and password from MicroProfile Config
    // too and picks H2 or Connector/J by the URL.
    name = StartupChecks.DATA_SOURCE,
    className = "org.kesher.ground.control.KesherDataSource",
    minPoolSize = 0,
    maxPoolSize = 1000,
    maxIdleTime = 0,
    properties = {"fish.payara.pooling=false", "fish.payara.match-connections=false"})
public class StartupChecks {

  public static final String DATA_SOURCE = "java:app/jdbc/kesher";

  private static final Logger LOG = Logger.getLogger(StartupChecks.class.getName());

  @Resource(lookup = DATA_SOURCE)
  DataSource dataSource;

  @Inject Config config;

  @Inject SealingKeys sealingKeys;

  private DatabaseKind databaseKind;

  private KeyLedger.State keys;

  @PostConstruct
  void start() {
    List<String> problems = KesherDataSource.problems(config);
    if (!problems.isEmpty()) {
      StartupFailure.stop(problems);
    }
    String url = config.getValue(Setting.DB_URL.key(), String.class);
    String user = config.getOptionalValue(Setting.DB_USER.key(), String.class).orElse("");
    databaseKind = DatabaseKind.of(url);
    try {
      sealingKeys.load(databaseKind == DatabaseKind.H2);
    } catch (IllegalStateException | IllegalArgumentException e) {
      StartupFailure.stop(e.getMessage());
    }
    // with a schema owner, the owner migrated and granted before the first connection
    Optional<String> owner = SchemaOwner.of(config, databaseKind);
    try (Connection connection = dataSource.getConnection()) {
      LOG.info(
          () ->
              "Database: "
                  + DatabaseProblem.withoutParameters(url)
                  + " ("
                  + productName(connection)
                  + ")");
    } catch (SQLException | RuntimeException e) {
      StartupFailure.stop(DatabaseProblem.describe(e, url, user));
    }
    if (owner.isEmpty()) {
      migrate(dataSource, url, user);
    }
    try {
      keys = KeyLedger.check(dataSource, SealingKeys.ring(), java.time.Instant.now());
    } catch (IllegalStateException e) {
      StartupFailure.stop(e.getMessage());
    }
    if (databaseKind == DatabaseKind.MYSQL) {
      warnIfTheLogCanChange();
    }
  }

  /** What the start found about the keys: a re-sealing or index rebuild to run. */
  public KeyLedger.State keyState() {
    return keys;
  }

  private static void migrate(DataSource dataSource, String url, String user) {
    try {
      var result = SchemaMigration.migrate(dataSource);
      LOG.info(
          () ->
              "Schema at version "
                  + result.targetSchemaVersion
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
    } catch (FlywayException e) {
      StartupFailure.stop(DatabaseProblem.describe(e, url, user));
    }
  }

  /** Warns when Kesher's user could change the access log (a grant wider than its tables). */
  private void warnIfTheLogCanChange() {
    try {
      if (SchemaGrants.mayChangeTheLog(dataSource)) {
        LOG.warning(
            "The database user may UPDATE or DELETE the access log (a grant on the whole schema or"
                + " server): set KESHER_DB_OWNER_USER, or grant table by table as the README"
                + " shows.");
      }
    } catch (SQLException e) {
      LOG.warning(
          "Cannot read the database user's grants ("
              + e.getMessage()
              + "): the access log is append-only only if the user may not UPDATE or DELETE it.");
    }
  }

  private static String productName(Connection connection) {
    try {
      var meta = connection.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (SQLException e) {
      return "unknown product";
    }
  }
}
