package org.kesher.ground.control;

import java.sql.SQLException;
import java.util.List;

/**
 * Turns a failure to reach or use the database into one line a person can act on: which setting to
 * look at, and what is wrong. Never includes the password.
 */
public final class DatabaseProblem {

  private DatabaseProblem() {}

  /** How long a client is asked to wait while the database is out of reach (Retry-After). */
  public static final int RETRY_AFTER_SECONDS = 10;

  /**
   * Whether a failure comes from the database being out of reach (stopped, restarting, the network,
   * no connection free within the pool's wait), which passes by itself and which a client should
   * try again later, rather than from a fault in Kesher or in the request.
   */
  public static boolean unreachable(Throwable failure) {
    return Causes.any(
        failure,
        t ->
            t instanceof java.sql.SQLTransientConnectionException
                || t instanceof java.sql.SQLNonTransientConnectionException
                || t instanceof java.sql.SQLRecoverableException
                || t instanceof java.net.ConnectException
                // the transaction manager or the container's connection could not finish a
                // transaction: its connection to the database broke
                || t instanceof jakarta.transaction.SystemException
                || t instanceof jakarta.resource.ResourceException
                // EclipseLink found the connection dead after a statement failed (its own check):
                // a batch cut off by the outage fails in Connector/J with "statement closed"
                || t instanceof org.eclipse.persistence.exceptions.DatabaseException db
                    && db.isCommunicationFailure()
                // SQL state class 08: connection exception
                || t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08"));
  }

  public static String describe(Throwable failure, String url, String user) {
    SQLException sql = innermostSqlException(failure);
    String where = withoutParameters(url);
    if (sql == null) {
      return Setting.DB_URL.describe(
          "= " + where + ": the database cannot be used (" + rootMessage(failure) + ")");
    }
    String state = sql.getSQLState() == null ? "" : sql.getSQLState();
    int code = sql.getErrorCode();
    if (code == 1045 || state.equals("28000") || code == 28000) {
      return Setting.DB_PASSWORD.environmentVariable()
          + " / "
          + Setting.DB_USER.environmentVariable()
          + ": the database refused user '"
          + user
          + "' (wrong user or password)";
    }
    if (code == 1049) {
      return Setting.DB_URL.describe(
          "= "
              + where
              + ": that database does not exist on the server; create it first"
              + " (CREATE DATABASE kesher CHARACTER SET utf8mb4)");
    }
    if (code == 90020 || code == 90146) {
      return Setting.DB_URL.describe(
          "= " + where + ": the embedded database is in use by another Kesher process");
    }
    if (state.startsWith("08")) {
      return Setting.DB_URL.describe(
          "= "
              + where
              + ": the database server cannot be reached ("
              + firstLine(sql.getMessage())
              + "); is it running, and are host and port right?");
    }
    return Setting.DB_URL.describe(
        "= " + where + ": the database failed (" + state + " " + firstLine(sql.getMessage()) + ")");
  }

  private static SQLException innermostSqlException(Throwable failure) {
    SQLException found = null;
    for (Throwable t : Causes.of(failure)) {
      if (t instanceof SQLException sql) {
        found = sql;
      }
    }
    return found;
  }

  private static String rootMessage(Throwable failure) {
    List<Throwable> causes = Causes.of(failure);
    Throwable t = causes.get(causes.size() - 1);
    return t.getClass().getSimpleName() + ": " + firstLine(t.getMessage());
  }

  public static String withoutParameters(String url) {
    if (url == null) {
      return "(not set)";
    }
    int cut = url.length();
    for (char c : new char[] {'?', ';'}) {
      int i = url.indexOf(c);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    return url.substring(0, cut);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    String line = message.strip().lines().findFirst().orElse("");
    if (line.isEmpty()) {
      return "no message";
    }
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
