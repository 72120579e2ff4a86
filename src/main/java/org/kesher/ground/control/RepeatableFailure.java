package org.kesher.ground.control;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import org.eclipse.persistence.exceptions.DatabaseException;

/**
 * Whether a transaction that failed may be run again from the start without doing anything twice.
 * Two failures qualify:
 *
 * <ul>
 *   <li>the database refused the transaction as a deadlock or a lock wait (MariaDB/MySQL 1213 and
 *       1205, SQL state 40001): it rolled back, whether at a statement or at the commit (a Galera
 *       certification conflict is answered 1213 at the commit);
 *   <li>the connection was lost while a statement ran (SQL state class 08): the commit was never
 *       sent, so nothing was written. EclipseLink wraps every failed statement in its {@link
 *       DatabaseException}; a connection lost during the commit itself is not wrapped so, and is
 *       never repeated: the commit may have been written, and the caller is told it failed.
 * </ul>
 *
 * <p>A transaction that got no connection at all is not repeated either: the pool has already
 * waited its whole allowance ({@code kesher.db.pool-wait-millis}) for the database, and a caller
 * waiting that long again would only hang while the database is down.
 */
public final class RepeatableFailure {

  private static final int DEADLOCK = 1213;
  private static final int LOCK_WAIT_TIMEOUT = 1205;

  private RepeatableFailure() {}

  public static boolean repeatable(Throwable failure) {
    List<Throwable> chain = Causes.of(failure);
    if (chain.stream().anyMatch(SQLTransientConnectionException.class::isInstance)) {
      return false;
    }
    if (chain.stream().anyMatch(RepeatableFailure::refused)) {
      return true;
    }
    return chain.stream().anyMatch(DatabaseException.class::isInstance)
        && chain.stream().anyMatch(RepeatableFailure::connectionLost);
  }

  private static boolean refused(Throwable t) {
    return t instanceof SQLException sql
        && (sql.getErrorCode() == DEADLOCK
            || sql.getErrorCode() == LOCK_WAIT_TIMEOUT
            || "40001".equals(sql.getSQLState()));
  }

  private static boolean connectionLost(Throwable t) {
    return t instanceof SQLRecoverableException
        || t instanceof SQLException sql
            && sql.getSQLState() != null
            && sql.getSQLState().startsWith("08");
  }
}
