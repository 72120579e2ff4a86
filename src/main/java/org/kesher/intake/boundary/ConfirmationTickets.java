package org.kesher.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.kesher.intake.control.Receipt;

/**
 * Carries a new request's receipt from the form's POST to the confirmation page it redirects to,
 * without putting the tracking code in a URL or a session: a random ticket in a short-lived cookie
 * names the receipt, which is handed out once and then forgotten.
 */
@ApplicationScoped
public class ConfirmationTickets {

  static final Duration LIFETIME = Duration.ofMinutes(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  private record Held(Receipt receipt, Instant until) {}

  private final Map<String, Held> held = new ConcurrentHashMap<>();

  Clock clock = Clock.systemUTC();

  /** Keeps the receipt for one showing; the ticket goes into the cookie. */
  public String keep(Receipt receipt) {
    Instant now = clock.instant();
    held.values().removeIf(h -> h.until().isBefore(now));
    byte[] random = new byte[24];
    RANDOM.nextBytes(random);
    String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    held.put(ticket, new Held(receipt, now.plus(LIFETIME)));
    return ticket;
  }

  /** The receipt, once: a second call with the same ticket finds nothing. */
  public Optional<Receipt> take(String ticket) {
    if (ticket == null) {
      return Optional.empty();
    }
    Held found = held.remove(ticket);
    return found == null || found.until().isBefore(clock.instant())
        ? Optional.empty()
        : Optional.of(found.receipt());
  }
}
