package org.kesher.app.control;

import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The access log's only delete, on MySQL and MariaDB: a procedure of the schema's owner that
 * removes whole months older than 24 and refuses any later month, so that Kesher's own database
 * user, which may only insert into the log and read it, can still prune it (AccessLogPrune). H2,
 * the embedded default of one user, has no such procedure: Kesher deletes there directly. (A Java
 * migration, because H2 reads no MySQL procedure; Flyway names its version after the class.)
 */
@SuppressWarnings("checkstyle:TypeName")
public class V24__access_log_prune extends BaseJavaMigration {

  static final String PROCEDURE =
      """
      CREATE PROCEDURE kesher_prune_access_log(IN before_day DATE)
        MODIFIES SQL DATA
        SQL SECURITY DEFINER
      BEGIN
        IF before_day IS NULL OR DAYOFMONTH(before_day) <> 1
           OR before_day > DATE_SUB(DATE_SUB(UTC_DATE(), INTERVAL DAYOFMONTH(UTC_DATE()) - 1 DAY),
                                    INTERVAL 24 MONTH) THEN
          SIGNAL SQLSTATE '45000'
            SET MESSAGE_TEXT = 'the access log keeps at least 24 whole months';
        END IF;
        DELETE FROM access_seal
          WHERE entry_id IN (SELECT id FROM access_entry WHERE happened_at < before_day);
        DELETE FROM access_entry WHERE happened_at < before_day;
      END
      """;

  @Override
  public void migrate(Context context) throws Exception {
    var connection = context.getConnection();
    if (connection.getMetaData().getDatabaseProductName().toUpperCase().contains("H2")) {
      return;
    }
    try (Statement sql = connection.createStatement()) {
      sql.execute(PROCEDURE);
    }
  }
}
