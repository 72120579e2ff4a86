package org.kesher.ground.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.testing.TestJpa;

/**
 * What several nodes on one database rely on, on MariaDB and H2: a job's period is claimed by one
 * node only however many race for it; and the failures a transaction may be run again after are
 * told apart from the one it must not (real failures of the database, not made up).
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class ClusterDatabaseIT {

  /** The jobs that run on every node and must run once (each claims per period). */
  private static final List<String> JOBS =
      List.of(
          "access-log-seal",
          "access-log-prune",
          "case-retention",
          "group-review",
          "register-review",
          "service-targets",
          "resealing-data");

  @Parameter TestJpa.Engine engine;

  private static final Map<TestJpa.Engine, TestJpa> DATABASES = new ConcurrentHashMap<>();

  @BeforeAll
  static void open() {
    for (TestJpa.Engine e : TestJpa.Engine.values()) {
      DATABASES.put(e, TestJpa.freshDatabase(e, "cluster_" + e.name().toLowerCase()));
    }
  }

  @AfterAll
  static void close() {
    DATABASES.values().forEach(TestJpa::close);
  }

  private TestJpa database() {
    return DATABASES.get(engine);
  }

  @Test
  void twoNodesNeverBothRunAJobForOnePeriod() throws Exception {
    // eight threads, each claiming on connections of its own as the nodes' job threads do
    DataSource node = database().dataSource();
    Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      done.add(
          threads.submit(
              () -> {
                start.await();
                for (String job : JOBS) {
                  for (int day = 1; day <= 5; day++) {
                    String period = "2026-12-0" + day;
                    if (JobClaims.claim(node, job, period, Clock.systemUTC())) {
                      runs.computeIfAbsent(job + "/" + period, k -> new AtomicInteger())
                          .incrementAndGet();
                    }
                  }
                }
                return null;
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();
    assertEquals(JOBS.size() * 5, runs.size(), "every job ran for every period");
    runs.forEach((period, count) -> assertEquals(1, count.get(), period + " ran once"));
  }

  @Test
  void twoNodesStartingTogetherMigrateANewDatabaseOnce() throws Exception {
    assumeTrue(engine == TestJpa.Engine.MARIADB, "several nodes share MySQL or MariaDB only");
    DataSource empty = org.kesher.testing.TestDatabase.freshDatabase("cluster_migration");
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> migrated = new ArrayList<>();
    for (int n = 0; n < 2; n++) {
      migrated.add(
          nodes.submit(
              () -> {
                start.await();
                return org.kesher.app.control.SchemaMigration.migrate(empty).migrationsExecuted;
              }));
    }
    start.countDown();
    int first = migrated.get(0).get(300, TimeUnit.SECONDS);
    int second = migrated.get(1).get(300, TimeUnit.SECONDS);
    nodes.shutdown();
    assertTrue(
        first == 0 || second == 0,
        "one node migrated, the other found it done: " + first + ", " + second);
    assertTrue(first + second > 30, "every migration ran: " + (first + second));
  }

  @Test
  void aDeadlockMayBeRunAgain() throws Exception {
    DataSource data = database().dataSource();
    try (Connection setup = data.getConnection()) {
      setup.setAutoCommit(true);
      setup.createStatement().executeUpdate("DELETE FROM job_claim WHERE job LIKE 'lock-%'");
      setup
          .createStatement()
          .executeUpdate(
              "INSERT INTO job_claim (job, job_period, node, claimed_at) VALUES"
                  + " ('lock-a', 'p', 'n', CURRENT_TIMESTAMP), ('lock-b', 'p', 'n', CURRENT_TIMESTAMP)");
    }
    try (Connection first = data.getConnection();
        Connection second = data.getConnection()) {
      first.setAutoCommit(false);
      second.setAutoCommit(false);
      lock(first, "lock-a");
      lock(second, "lock-b");
      ExecutorService waiting = Executors.newSingleThreadExecutor();
      Future<SQLException> firstWaits = waiting.submit(() -> lockFailure(first, "lock-b"));
      Thread.sleep(300);
      SQLException secondFailed = lockFailure(second, "lock-a");
      SQLException firstFailed = firstWaits.get(30, TimeUnit.SECONDS);
      waiting.shutdown();
      SQLException victim = secondFailed != null ? secondFailed : firstFailed;
      assertTrue(victim != null, "one of the two was refused as a deadlock");
      assertTrue(
          RepeatableFailure.repeatable(new PersistenceException(victim)),
          "a deadlock rolled the transaction back: it may run again: " + victim);
      first.rollback();
      second.rollback();
    }
  }

  @Test
  void aStatementOnALostConnectionMayBeRunAgainButALostCommitMayNot() throws Exception {
    assumeTrue(engine == TestJpa.Engine.MARIADB, "a connection killed by the server: MariaDB");
    // a statement sent through EclipseLink on a connection the server then killed
    EntityManager em = database().entityManager();
    PersistenceException statement;
    try {
      em.getTransaction().begin();
      Number id = (Number) em.createNativeQuery("SELECT CONNECTION_ID()").getSingleResult();
      kill(id.longValue());
      statement =
          assertThrows(
              PersistenceException.class,
              () ->
                  em.createNativeQuery("UPDATE job_claim SET node = 'x' WHERE 1 = 0")
                      .executeUpdate());
    } finally {
      em.close();
    }
    assertTrue(RepeatableFailure.repeatable(statement), "nothing was committed: " + statement);

    // the commit itself on a killed connection: it may have been written, so never again
    try (Connection lost = database().dataSource().getConnection()) {
      lost.setAutoCommit(false);
      lost.createStatement().executeUpdate("UPDATE job_claim SET node = 'y' WHERE 1 = 0");
      var id = lost.createStatement().executeQuery("SELECT CONNECTION_ID()");
      id.next();
      kill(id.getLong(1));
      SQLException commit = assertThrows(SQLException.class, lost::commit);
      assertFalse(
          RepeatableFailure.repeatable(
              new jakarta.transaction.RollbackException(commit.toString()).initCause(commit)),
          "a commit lost on the way may have been written: " + commit);
    }
  }

  @Test
  void nodesStartingTogetherDoTheFirstStartOneAtATime() throws Exception {
    DataSource node = database().dataSource();
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger runs = new AtomicInteger();
    ExecutorService threads = Executors.newFixedThreadPool(4);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      FirstStart start = new FirstStart();
      start.dataSource = node;
      done.add(
          threads.submit(
              () ->
                  start.alone(
                      "first-start-race",
                      () -> {
                        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        runs.incrementAndGet();
                        try {
                          Thread.sleep(150);
                        } catch (InterruptedException e) {
                          Thread.currentThread().interrupt();
                        }
                        inside.decrementAndGet();
                      })));
    }
    for (Future<?> f : done) {
      f.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();
    assertEquals(4, runs.get(), "every node got its turn");
    assertEquals(1, most.get(), "never two at once");
  }

  @Test
  void theFirstStartLeavesItsPooledConnectionAsItFoundIt() throws Exception {
    assumeTrue(engine == TestJpa.Engine.MARIADB, "a session variable of MariaDB's");
    try (Connection one = database().dataSource().getConnection()) {
      FirstStart start = new FirstStart();
      start.dataSource = onlyConnection(one);
      start.alone("first-start-session", () -> {});
      var state =
          one.createStatement()
              .executeQuery(
                  "SELECT @@SESSION.innodb_lock_wait_timeout = @@GLOBAL.innodb_lock_wait_timeout");
      state.next();
      assertTrue(state.getBoolean(1), "the next user of the connection waits as long as any");
      assertTrue(one.getAutoCommit(), "and gets it in auto-commit, as the pool gave it");
    }
  }

  /** A data source that hands out one connection, which closing does not close. */
  private static DataSource onlyConnection(Connection connection) {
    Connection kept =
        (Connection)
            java.lang.reflect.Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) ->
                    method.getName().equals("close") ? null : method.invoke(connection, args));
    return (DataSource)
        java.lang.reflect.Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getConnection")) {
                return kept;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private void kill(long connection) throws SQLException {
    try (Connection admin = database().dataSource().getConnection()) {
      admin.createStatement().execute("KILL " + connection);
    }
  }

  private static void lock(Connection connection, String job) throws SQLException {
    connection
        .createStatement()
        .executeUpdate("UPDATE job_claim SET node = 'locked' WHERE job = '" + job + "'");
  }

  private static SQLException lockFailure(Connection connection, String job) {
    try {
      lock(connection, job);
      return null;
    } catch (SQLException e) {
      return e;
    }
  }
}
