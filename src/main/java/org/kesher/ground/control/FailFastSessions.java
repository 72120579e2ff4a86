package org.kesher.ground.control;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * EclipseLink retries a query whose connection was lost, three times five seconds apart; with the
 * database out of reach that held a request for half a minute. The pool already hands out only
 * connections that answer, so a query that loses its connection fails at once, and the request is
 * answered 503 with Retry-After (ProblemMappers, ErrorPage).
 */
public class FailFastSessions implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    session.getLogin().setQueryRetryAttemptCount(0);
    session.getLogin().setDelayBetweenConnectionAttempts(0);
  }
}
