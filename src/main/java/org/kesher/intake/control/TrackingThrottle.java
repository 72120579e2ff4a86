package org.kesher.intake.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.kesher.cases.entity.CaseReference;

/**
 * Slows down guessing of tracking codes: each client gets {@value #ATTEMPTS} wrong codes per
 * reference every {@value #WINDOW_MINUTES} minutes; after that even the right code is refused until
 * the window refills. Keyed by client and reference, so a guesser cannot lock the resident out from
 * another address.
 */
@ApplicationScoped
public class TrackingThrottle {

  static final int ATTEMPTS = 10;
  static final int WINDOW_MINUTES = 15;
  private static final int MAX_KEYS = 100_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** Whether this client may try a code for this reference now. */
  public boolean mayTry(String client, String reference) {
    Bucket bucket = buckets.get(key(client, reference));
    return bucket == null || bucket.getAvailableTokens() > 0;
  }

  /** Counts a wrong code (or an unknown reference, which must look the same). */
  public void failed(String client, String reference) {
    if (buckets.size() > MAX_KEYS) {
      buckets.values().removeIf(b -> b.getAvailableTokens() >= ATTEMPTS);
    }
    buckets.computeIfAbsent(key(client, reference), k -> newBucket()).tryConsume(1);
  }

  /** Seconds until the next attempt is allowed. */
  public long retryAfterSeconds() {
    return Duration.ofMinutes(WINDOW_MINUTES).toSeconds() / ATTEMPTS;
  }

  /**
   * One allowance per case however its reference is spelled ({@code KS-2026-0000340} and {@code
   * ks-2026-000340} are one case); a text that names no possible case is keyed as typed.
   */
  private static String key(String client, String reference) {
    String typed = reference == null ? "" : reference.strip().toUpperCase(java.util.Locale.ROOT);
    return client + "|" + CaseReference.parse(typed).map(CaseReference::toString).orElse(typed);
  }

  private static Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(ATTEMPTS)
                .refillGreedy(ATTEMPTS, Duration.ofMinutes(WINDOW_MINUTES))
                .build())
        .build();
  }
}
