package org.kesher.app.control;

import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.DatabaseKind;
import org.kesher.ground.control.KesherDataSource;
import org.kesher.ground.control.SchemaPreparation;
import org.kesher.ground.control.Setting;

/**
 * With {@code kesher.db.owner-user} set (MySQL and MariaDB), the schema's owner migrates it and
 * grants Kesher's user what it needs ({@link SchemaGrants}) before that user first connects; the
 * start-up then finds the schema migrated. Without an owner, Kesher's user migrates as before.
 */
public class SchemaOwner implements SchemaPreparation {

  private static final Logger LOG = Logger.getLogger(SchemaOwner.class.getName());

  /** The owner's name, when one is configured for a MySQL or MariaDB schema. */
  static Optional<String> of(Config config, DatabaseKind kind) {
    return config
        .getOptionalValue(Setting.DB_OWNER_USER.key(), String.class)
        .map(String::strip)
        .filter(o -> !o.isEmpty() && kind == DatabaseKind.MYSQL);
  }

  @Override
  public void prepare(DatabaseKind kind, String url, String user, Config config) throws Exception {
    Optional<String> owner = of(config, kind);
    if (owner.isEmpty()) {
      return;
    }
    DataSource asOwner =
        KesherDataSource.unpooled(
            url,
            owner.get(),
            config.getOptionalValue(Setting.DB_OWNER_PASSWORD.key(), String.class).orElse(""));
    var result = SchemaMigration.migrate(asOwner);
    LOG.info(
        () ->
            "Schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now by "
                + owner.get()
                + ")");
    var accounts = SchemaGrants.grant(asOwner, user);
    LOG.info(() -> "Granted " + accounts + " its rights (the access log: insert and read)");
  }
}
