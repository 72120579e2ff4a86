package org.kesher.intake.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits how many requests one client opens: {@value #PER_HOUR} an hour, refilled gradually, for
 * the form and the API together. Generous enough for a family centre's shared computer, tight
 * enough that a script cannot flood a unit's queue.
 */
@ApplicationScoped
public class SubmissionThrottle {

  static final int PER_HOUR = 20;
  private static final int MAX_CLIENTS = 100_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  /** Takes one submission from the client's allowance; false when it is used up. */
  public boolean tryOpen(String client) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(b -> b.getAvailableTokens() >= PER_HOUR);
    }
    return buckets.computeIfAbsent(client, c -> newBucket()).tryConsume(1);
  }

  /** Seconds until the client may open the next one. */
  public long retryAfterSeconds() {
    return Duration.ofHours(1).toSeconds() / PER_HOUR;
  }

  private static Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(PER_HOUR)
                .refillGreedy(PER_HOUR, Duration.ofHours(1))
                .build())
        .build();
  }
}
