package org.kesher.ground.control;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Kesher's connection pool, behind the container's JTA resource: HikariCP over the embedded H2
 * default or a MySQL 8 or MariaDB server, chosen by the JDBC URL, so that pointing Kesher at MySQL
 * takes nothing but {@code KESHER_DB_URL}. URL, user, password and pool size come from MicroProfile
 * Config.
 *
 * <p>It is also the first place that learns that Kesher cannot start as configured, because the
 * container opens the first connection while it deploys: a bad setting, or a database that cannot
 * be reached before any connection ever succeeded, stops start-up with one line naming the setting
 * ({@link StartupFailure}). Once a connection has succeeded, failures are the database's trouble of
 * the moment and are only reported to the caller.
 */
public class KesherDataSource implements DataSource {

  private static final AtomicBoolean EVER_CONNECTED = new AtomicBoolean();

  // One pool per application, whichever instance asks first: the container makes this class for
  // its resource, and EclipseLink's reads outside transactions take the same pool through an
  // instance of their own (KesherSessions).
  private static DataSource target;
  private static String url;
  private static String user;
  private int loginTimeout;

  private static synchronized DataSource target() {
    if (target == null) {
      Config config = ConfigProvider.getConfig(KesherDataSource.class.getClassLoader());
      List<String> problems = problems(config);
      if (!problems.isEmpty()) {
        StartupFailure.stop(problems);
      }
      url = config.getValue(Setting.DB_URL.key(), String.class);
      user = config.getOptionalValue(Setting.DB_USER.key(), String.class).orElse("");
      String password = config.getOptionalValue(Setting.DB_PASSWORD.key(), String.class).orElse("");
      prepare(config);
      var pool = new HikariConfig();
      pool.setPoolName("kesher");
      pool.setDataSource(create(DatabaseKind.of(url), url, user, password));
      pool.setMaximumPoolSize(config.getValue(Setting.DB_POOL_SIZE.key(), Integer.class));
      pool.setConnectionTimeout(config.getValue(Setting.DB_POOL_WAIT_MILLIS.key(), Long.class));
      pool.setMinimumIdle(Math.min(2, pool.getMaximumPoolSize()));
      // Read committed, H2's default, on MySQL and MariaDB too: under InnoDB's repeatable read a
      // transaction that waited for a row lock still reads its snapshot from before the wait, so an
      // intake queued behind its unit's lock (cases.control.Assigner) would not count the cases
      // that the intakes before it had just assigned.
      pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
      try {
        target = new HikariDataSource(pool);
        EVER_CONNECTED.set(true);
      } catch (RuntimeException e) {
        if (!EVER_CONNECTED.get()) {
          StartupFailure.stop(DatabaseProblem.describe(e, url, user));
        }
        throw e;
      }
    }
    return target;
  }

  /** Runs the schema's preparations ({@link SchemaPreparation}) before the first connection. */
  private static void prepare(Config config) {
    for (SchemaPreparation preparation :
        java.util.ServiceLoader.load(
            SchemaPreparation.class, KesherDataSource.class.getClassLoader())) {
      try {
        preparation.prepare(DatabaseKind.of(url), url, user, config);
      } catch (Exception e) {
        StartupFailure.stop(
            DatabaseProblem.describe(
                e,
                url,
                config.getOptionalValue(Setting.DB_OWNER_USER.key(), String.class).orElse(user)));
      }
    }
  }

  /** Every setting's problem, one line each; empty when all are good. */
  public static List<String> problems(Config config) {
    List<String> problems = new ArrayList<>();
    for (Setting setting : Setting.values()) {
      config
          .getOptionalValue(setting.key(), String.class)
          .flatMap(setting::problemWith)
          .map(setting::describe)
          .ifPresent(problems::add);
    }
    if (config.getOptionalValue(Setting.DB_URL.key(), String.class).isEmpty()) {
      problems.add(Setting.DB_URL.describe("is not set"));
    }
    return problems;
  }

  /** A data source without a pool, for a single task such as migrating as the schema's owner. */
  public static DataSource unpooled(String url, String user, String password) {
    return create(DatabaseKind.of(url), url, user, password);
  }

  private static DataSource create(DatabaseKind kind, String url, String user, String password) {
    return switch (kind) {
      case H2 -> {
        var h2 = new org.h2.jdbcx.JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password);
        yield h2;
      }
      case MYSQL -> {
        var mysql = new com.mysql.cj.jdbc.MysqlDataSource();
        mysql.setURL(url);
        mysql.setUser(user);
        mysql.setPassword(password);
        try {
          mysql.setConnectTimeout(10_000);
          mysql.setCharacterEncoding("UTF-8");
          mysql.setRewriteBatchedStatements(true);
          // the parsed form of every statement Kesher sends, kept per connection: EclipseLink's
          // inserts and selects run past Connector/J's default 256 characters, and parsing them
          // again was a twelfth of an intake's time (bench, issue 7)
          mysql.setCachePrepStmts(true);
          mysql.setPrepStmtCacheSize(500);
          mysql.setPrepStmtCacheSqlLimit(8192);
          // auto-commit and isolation as the driver last set them, not asked of the server
          mysql.setUseLocalSessionState(true);
          mysql.setElideSetAutoCommits(true);
          mysql.setCacheServerConfiguration(true);
          mysql.setMaintainTimeStats(false);
          mysql.setTcpKeepAlive(true);
        } catch (SQLException e) {
          throw new IllegalStateException("Connector/J rejected a connection property", e);
        }
        yield mysql;
      }
    };
  }

  @Override
  public Connection getConnection() throws SQLException {
    return connected(() -> target().getConnection());
  }

  @Override
  public Connection getConnection(String username, String pass) throws SQLException {
    return connected(() -> target().getConnection(username, pass));
  }

  private interface Opening {
    Connection open() throws SQLException;
  }

  private static Connection connected(Opening opening) throws SQLException {
    try {
      Connection connection = opening.open();
      EVER_CONNECTED.set(true);
      return connection;
    } catch (SQLException | RuntimeException e) {
      if (!EVER_CONNECTED.get()) {
        StartupFailure.stop(DatabaseProblem.describe(e, url, user));
      }
      throw e;
    }
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
    // the pool logs; the drivers' own log writers stay off
  }

  @Override
  public void setLoginTimeout(int seconds) {
    this.loginTimeout = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeout;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    if (iface.isInstance(this)) {
      return iface.cast(this);
    }
    return target().unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return iface.isInstance(this) || target().isWrapperFor(iface);
  }
}
