package org.kesher.access.boundary;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed staff logins per client address: {@value #FAILURES} in {@value #WINDOW_MINUTES} minutes,
 * then the login form refuses that address for a while, whichever accounts it tries.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FAILURES = 20;
  static final int WINDOW_MINUTES = 15;
  private static final int MAX_CLIENTS = 100_000;

  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public boolean mayTry(String client) {
    Bucket bucket = buckets.get(client);
    return bucket == null || bucket.getAvailableTokens() > 0;
  }

  public void failed(String client) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(b -> b.getAvailableTokens() >= FAILURES);
    }
    buckets
        .computeIfAbsent(
            client,
            c ->
                Bucket.builder()
                    .addLimit(
                        Bandwidth.builder()
                            .capacity(FAILURES)
                            .refillGreedy(FAILURES, Duration.ofMinutes(WINDOW_MINUTES))
                            .build())
                    .build())
        .tryConsume(1);
  }
}
