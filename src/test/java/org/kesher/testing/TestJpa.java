package org.kesher.testing;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.kesher.platform.control.SchemaMigration;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.SealingKeys;

/**
 * The application's entities and queries on a fresh, migrated MariaDB database, through the JPA
 * provider Payara bundles (EclipseLink), without starting a server: for tests of queries whose
 * meaning depends on the database, such as the visibility rule.
 */
public final class TestJpa implements AutoCloseable {

  private final EntityManagerFactory factory;

  private TestJpa(EntityManagerFactory factory) {
    this.factory = factory;
  }

  /** A fresh database of this name, migrated and seeded, with new sealing keys. */
  public static TestJpa freshDatabase(String name) {
    SchemaMigration.migrate(TestDatabase.freshDatabase(name));
    SealingKeys.install(KeyRing.newKey(), KeyRing.newKey());
    Map<String, Object> settings = new HashMap<>();
    settings.put(
        "jakarta.persistence.jdbc.url", TestDatabase.withDatabase(TestDatabase.url(), name));
    settings.put("jakarta.persistence.jdbc.user", TestDatabase.user());
    settings.put("jakarta.persistence.jdbc.password", TestDatabase.password());
    settings.put("jakarta.persistence.jdbc.driver", "com.mysql.cj.jdbc.Driver");
    return new TestJpa(Persistence.createEntityManagerFactory("kesher-queries", settings));
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
