package org.kesher.access.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.kesher.ground.control.Allowance;
import org.kesher.ground.control.Grid;

/**
 * Failed staff logins per client address: {@value #FAILURES} in {@value #WINDOW_MINUTES} minutes,
 * then the login form refuses that address for a while, whichever accounts it tries, on whichever
 * node.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FAILURES = 20;
  static final int WINDOW_MINUTES = 15;

  @Inject Grid grid;

  private Allowance failures;

  @PostConstruct
  void count() {
    failures = Allowance.of(grid, "failed-logins", FAILURES, Duration.ofMinutes(WINDOW_MINUTES));
  }

  public boolean mayTry(String client) {
    return failures.left(client);
  }

  public void failed(String client) {
    failures.take(client);
  }
}
