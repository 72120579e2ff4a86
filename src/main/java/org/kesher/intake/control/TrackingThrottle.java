package org.kesher.intake.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.kesher.cases.entity.CaseReference;
import org.kesher.ground.control.Allowance;
import org.kesher.ground.control.Grid;

/**
 * Slows down guessing of tracking codes: each client gets {@value #ATTEMPTS} wrong codes per
 * reference every {@value #WINDOW_MINUTES} minutes; after that even the right code is refused until
 * the window refills. Keyed by client and reference, so a guesser cannot lock the resident out from
 * another address. Counted on all nodes together.
 */
@ApplicationScoped
public class TrackingThrottle {

  static final int ATTEMPTS = 10;
  static final int WINDOW_MINUTES = 15;
  private static final Duration WINDOW = Duration.ofMinutes(WINDOW_MINUTES);

  @Inject Grid grid;

  private Allowance attempts = Allowance.inMemory(ATTEMPTS, WINDOW);

  @PostConstruct
  void count() {
    attempts = Allowance.of(grid, "tracking-codes", ATTEMPTS, WINDOW);
  }

  /** Whether this client may try a code for this reference now. */
  public boolean mayTry(String client, String reference) {
    return attempts.left(key(client, reference));
  }

  /** Counts a wrong code (or an unknown reference, which must look the same). */
  public void failed(String client, String reference) {
    attempts.take(key(client, reference));
  }

  /** Seconds until the next attempt is allowed. */
  public long retryAfterSeconds() {
    return WINDOW.toSeconds() / ATTEMPTS;
  }

  /**
   * One allowance per case however its reference is spelled ({@code KS-2026-0000340} and {@code
   * ks-2026-000340} are one case); a text that names no possible case is keyed as typed.
   */
  private static String key(String client, String reference) {
    String typed = reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
    return client + "|" + CaseReference.parse(typed).map(CaseReference::toString).orElse(typed);
  }
}
