package org.kesher.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kesher.app.control.SchemaMigration;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.SealingKeys;

/**
 * The application's entities and queries on a fresh, migrated MariaDB database, through the JPA
 * provider Payara bundles (EclipseLink), without starting a server: for tests of queries whose
 * meaning depends on the database, such as the visibility rule.
 */
public final class TestJpa implements AutoCloseable {

  private final EntityManagerFactory factory;
  private final javax.sql.DataSource dataSource;
  private final Map<String, Object> settings;

  private TestJpa(Map<String, Object> settings, javax.sql.DataSource dataSource) {
    this.factory = Persistence.createEntityManagerFactory("kesher-queries", settings);
    this.dataSource = dataSource;
    this.settings = settings;
  }

  /**
   * The same database through a second persistence unit of its own, as another node of a cluster
   * reaches it: for tests of work that must happen once across nodes. Close it too.
   */
  public TestJpa anotherNode() {
    return new TestJpa(settings, dataSource);
  }

  /** The same database over plain JDBC, for tools that work outside JPA (re-sealing). */
  public javax.sql.DataSource dataSource() {
    return dataSource;
  }

  /**
   * The two databases every query must run on: MariaDB (MySQL 8 in production) through Connector/J,
   * and H2 in MySQL mode as README command one's embedded default opens it.
   */
  public enum Engine {
    MARIADB,
    H2
  }

  /** A fresh MariaDB database of this name, migrated and seeded, with new sealing keys. */
  public static TestJpa freshDatabase(String name) {
    return freshDatabase(Engine.MARIADB, name);
  }

  /**
   * A fresh database of this name on either engine, migrated and seeded, with new sealing keys. On
   * H2 it is an in-memory database with the settings of the embedded default's URL.
   */
  public static TestJpa freshDatabase(Engine engine, String name) {
    Map<String, Object> settings = new HashMap<>();
    javax.sql.DataSource plain;
    if (engine == Engine.H2) {
      String url = h2Url(name);
      var h2 = new org.h2.jdbcx.JdbcDataSource();
      h2.setURL(url);
      h2.setUser("kesher");
      try (var connection = h2.getConnection();
          var sql = connection.createStatement()) {
        sql.execute("DROP ALL OBJECTS");
      } catch (java.sql.SQLException e) {
        throw new IllegalStateException(e);
      }
      SchemaMigration.migrate(h2);
      plain = h2;
      settings.put("jakarta.persistence.jdbc.url", url);
      settings.put("jakarta.persistence.jdbc.user", "kesher");
      settings.put("jakarta.persistence.jdbc.password", "");
      settings.put("jakarta.persistence.jdbc.driver", "org.h2.Driver");
    } else {
      plain = TestDatabase.freshDatabase(name);
      SchemaMigration.migrate(plain);
      settings.put(
          "jakarta.persistence.jdbc.url", TestDatabase.withDatabase(TestDatabase.url(), name));
      settings.put("jakarta.persistence.jdbc.user", TestDatabase.user());
      settings.put("jakarta.persistence.jdbc.password", TestDatabase.password());
      settings.put("jakarta.persistence.jdbc.driver", "com.mysql.cj.jdbc.Driver");
    }
    SealingKeys.install(KeyRing.newKey(), KeyRing.newKey());
    return new TestJpa(settings, plain);
  }

  /**
   * An in-memory H2 database with the embedded default's settings (microprofile-config.properties:
   * MySQL mode, lower-case names, nulls last), kept while the JVM runs.
   */
  static String h2Url(String name) {
    return "jdbc:h2:mem:"
        + name
        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
  }

  /** An entity manager of its own, for a test that handles its transaction itself; close it. */
  public EntityManager entityManager() {
    return factory.createEntityManager();
  }

  /** Runs work in one transaction, committed at the end. */
  public <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** Runs work in one transaction and rolls it back: what it wrote is gone afterwards. */
  public void rolledBack(Consumer<EntityManager> work) {
    EntityManager em = factory.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.flush();
    } finally {
      em.getTransaction().rollback();
      em.close();
    }
  }

  public void run(Consumer<EntityManager> work) {
    inTransaction(
        em -> {
          work.accept(em);
          return null;
        });
  }

  @Override
  public void close() {
    factory.close();
  }
}
