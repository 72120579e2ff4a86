package org.kesher.app.control;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What Kesher's database user may do on MySQL and MariaDB when a schema owner is configured ({@code
 * kesher.db.owner-user}): read and write every table, except the access log's, which it may only
 * insert into and read, and run the log's pruning procedure. Granted by the owner table by table
 * after every migration, so that a table a new version adds is granted too. The README gives the
 * same statements for a database administrator who prefers to grant by hand.
 */
public final class SchemaGrants {

  /** The access log's tables: insert and read only. */
  public static final Set<String> APPEND_ONLY = Set.of("access_entry", "access_seal", "access_day");

  private SchemaGrants() {}

  /** The GRANT statements for the account ({@code 'kesher'@'%'}), given the schema's tables. */
  public static List<String> statements(List<String> tables, String account) {
    List<String> grants = new ArrayList<>();
    for (String table : tables) {
      String name = table.toLowerCase(Locale.ROOT);
      String rights =
          APPEND_ONLY.contains(name)
              ? "SELECT, INSERT"
              : name.equals("flyway_schema_history") ? "SELECT" : "SELECT, INSERT, UPDATE, DELETE";
      grants.add("GRANT " + rights + " ON `" + name + "` TO " + account);
    }
    grants.add("GRANT EXECUTE ON PROCEDURE kesher_prune_access_log TO " + account);
    return grants;
  }

  /**
   * Grants Kesher's user its rights, as the schema's owner: to each account of that name the server
   * knows (read from {@code mysql.user} when the owner may; otherwise {@code 'user'@'%'}).
   *
   * @return the accounts granted
   */
  public static List<String> grant(DataSource owner, String user) throws SQLException {
    try (Connection connection = owner.getConnection();
        Statement sql = connection.createStatement()) {
      List<String> accounts = accounts(connection, user);
      List<String> tables = new ArrayList<>();
      try (var rows =
          sql.executeQuery(
              "SELECT table_name FROM information_schema.tables"
                  + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      for (String account : accounts) {
        for (String grant : statements(tables, account)) {
          sql.execute(grant);
        }
      }
      return accounts;
    }
  }

  private static List<String> accounts(Connection owner, String user) {
    List<String> accounts = new ArrayList<>();
    try (var hosts = owner.prepareStatement("SELECT host FROM mysql.user WHERE user = ?")) {
      hosts.setString(1, user);
      try (var rows = hosts.executeQuery()) {
        while (rows.next()) {
          accounts.add(quoted(user + "@" + rows.getString(1)));
        }
      }
    } catch (SQLException cannotRead) {
      // an owner without access to the server's accounts grants the usual one
    }
    if (accounts.isEmpty()) {
      accounts.add(quoted(user + "@%"));
    }
    return accounts;
  }

  /**
   * Whether the user of {@code app} holds UPDATE or DELETE beyond the tables granted one by one (on
   * the whole server or schema), which would let it change the access log.
   */
  public static boolean mayChangeTheLog(DataSource app) throws SQLException {
    try (Connection connection = app.getConnection();
        Statement sql = connection.createStatement();
        var rows = sql.executeQuery("SHOW GRANTS")) {
      while (rows.next()) {
        String grant = rows.getString(1).toUpperCase(Locale.ROOT);
        boolean wide = grant.contains(" ON *.* ") || grant.matches(".* ON `[^`]+`\\.\\* .*");
        if (wide
            && (grant.contains("ALL PRIVILEGES")
                || grant.contains("UPDATE")
                || grant.contains("DELETE"))) {
          return true;
        }
      }
      return false;
    }
  }

  /** {@code user@host}, quoted for a GRANT: {@code 'user'@'host'}. */
  static String quoted(String currentUser) {
    int at = currentUser.lastIndexOf('@');
    String user = at < 0 ? currentUser : currentUser.substring(0, at);
    String host = at < 0 ? "%" : currentUser.substring(at + 1);
    return "'" + user.replace("'", "''") + "'@'" + host.replace("'", "''") + "'";
  }
}
