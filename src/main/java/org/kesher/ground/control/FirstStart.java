package org.kesher.ground.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * What the first start of a database does (the first administrator, the demo data), done by one
 * node at a time: nodes of a cluster that start together on a new database would otherwise both
 * find no administrator and both create one. The work holds a row lock of its own in {@code
 * job_claim} while it runs; a second node waits, then finds the work done. The work must commit its
 * own transactions (the caller runs outside any).
 */
@ApplicationScoped
public class FirstStart {

  private static final String PERIOD = "lock";

  @Resource(lookup = "java:app/jdbc/kesher")
  DataSource dataSource;

  /**
   * Runs {@code work} while no other node runs work of this name. The connection goes back in the
   * auto-commit mode it came in: Payara runs a start-up singleton's {@code @PostConstruct} in a
   * container transaction even when the bean says {@code NOT_SUPPORTED}, and a connection enlisted
   * in it, handed back in auto-commit, failed that transaction's commit (a SEVERE at every start on
   * MySQL).
   */
  public void alone(String name, Runnable work) {
    try (Connection connection = dataSource.getConnection()) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(true);
      try (var insert =
          connection.prepareStatement(
              "INSERT INTO job_claim (job, job_period, node, claimed_at) VALUES (?, ?, ?, ?)")) {
        insert.setString(1, name);
        insert.setString(2, PERIOD);
        insert.setString(3, JobClaims.node());
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      } catch (SQLIntegrityConstraintViolationException e) {
        // the row is there from an earlier start or another node: lock it below
      }
      boolean mysql = DatabaseKind.of(connection.getMetaData().getURL()) == DatabaseKind.MYSQL;
      connection.setAutoCommit(false);
      try {
        if (mysql) {
          // the demo data of another node may take a while
          connection.createStatement().execute("SET SESSION innodb_lock_wait_timeout = 600");
        }
        try (var lock =
            connection.prepareStatement(
                "SELECT node FROM job_claim WHERE job = ? AND job_period = ? FOR UPDATE")) {
          lock.setString(1, name);
          lock.setString(2, PERIOD);
          lock.executeQuery().close();
        }
        work.run();
        connection.commit();
      } finally {
        if (mysql) {
          // the pool hands this connection on: its next transactions wait as long as any other's
          connection.rollback();
          connection.setAutoCommit(autoCommit);
          connection.createStatement().execute("SET SESSION innodb_lock_wait_timeout = DEFAULT");
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot take the first start's lock for " + name, e);
    }
  }
}
