package org.kesher.ground.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Timestamp;
import java.time.Clock;
import javax.sql.DataSource;

/**
 * A job that must run once across all nodes (the access log's daily seal, its pruning): the node
 * that first writes the job's row for a period runs it; every other node's insert meets the primary
 * key and is told no. The jobs are written to catch up, so a node that claims a period and dies
 * leaves the work to the next period's run.
 */
@ApplicationScoped
public class JobClaims {

  @Resource(lookup = "java:app/jdbc/kesher")
  DataSource dataSource;

  Clock clock = Clock.systemUTC();

  /**
   * Whether this node may run the job for the period (such as a day, "2026-12-06"). Called outside
   * any transaction: the claim is committed on its own connection at once.
   */
  public boolean claim(String job, String period) {
    return claim(dataSource, job, period, clock);
  }

  /** The claim on a plain data source, for the tests and the tools that run outside the server. */
  public static boolean claim(DataSource dataSource, String job, String period, Clock clock) {
    try (Connection connection = dataSource.getConnection();
        var insert =
            connection.prepareStatement(
                "INSERT INTO job_claim (job, job_period, node, claimed_at) VALUES (?, ?, ?, ?)")) {
      connection.setAutoCommit(true);
      insert.setString(1, job);
      insert.setString(2, period);
      insert.setString(3, node());
      insert.setTimestamp(4, Timestamp.from(clock.instant()));
      insert.executeUpdate();
      return true;
    } catch (SQLIntegrityConstraintViolationException e) {
      return false;
    } catch (SQLException e) {
      if (Causes.any(e, SQLIntegrityConstraintViolationException.class::isInstance)) {
        return false;
      }
      throw new IllegalStateException("cannot claim job " + job + " for " + period, e);
    }
  }

  /**
   * This node's name, as claims record it: {@code KESHER_NODE} when set (nodes on one host), else
   * the host's name.
   */
  public static String node() {
    String named = System.getenv("KESHER_NODE");
    if (named != null && !named.isBlank()) {
      return named.strip();
    }
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "unknown";
    }
  }
}
