package org.kesher.ground.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * EclipseLink's session as Kesher runs it: queries fail fast on a lost connection ({@link
 * FailFastSessions}), and the reads made outside a transaction take their connection straight from
 * Kesher's pool ({@link KesherDataSource}) instead of through the container's resource.
 *
 * <p>The staff pages read mostly outside transactions, one connection per query. Through the
 * container, with its own pooling off, each such connection cost a JNDI look-up and a serialised
 * copy of the pool's settings: a fifth of a queue page's CPU time (bench, issue 22). Nothing is
 * lost: a read outside a transaction takes part in none, and the pool, its size, its wait and its
 * read-committed connections are the same ones. Writes and the reads of a transaction still go
 * through the container, which enlists their connection in the transaction.
 */
public class KesherSessions implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    new FailFastSessions().customize(session);
    if (session instanceof ServerSession server
        && server.getDatasourceLogin() instanceof DatabaseLogin login) {
      server.setReadConnectionPool(readLogin(login));
    }
  }

  /** A copy of the session's login that reads from Kesher's pool, outside any transaction. */
  private static DatabaseLogin readLogin(DatabaseLogin login) {
    DatabaseLogin reads = (DatabaseLogin) login.clone();
    reads.setConnector(new JNDIConnector(new KesherDataSource()));
    reads.dontUseExternalTransactionController();
    reads.useExternalConnectionPooling();
    return reads;
  }
}
