package org.kesher.intake.control;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;
import org.kesher.ground.control.Setting;

/**
 * Limits how many requests one client opens an hour ({@code kesher.submissions-per-hour}, 20 unless
 * set), refilled gradually, for the form and the API together. Generous enough for a family
 * centre's shared computer, tight enough that a script cannot flood a unit's queue.
 */
@ApplicationScoped
public class SubmissionThrottle {

  public static final String SETTING = Setting.SUBMISSIONS_PER_HOUR.key();
  private static final int MAX_CLIENTS = 100_000;

  private final int perHour;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  SubmissionThrottle(int perHour) {
    this.perHour = perHour;
  }

  public SubmissionThrottle() {
    this(ConfigProvider.getConfig().getOptionalValue(SETTING, Integer.class).orElse(20));
  }

  /** Takes one submission from the client's allowance; false when it is used up. */
  public boolean tryOpen(String client) {
    if (buckets.size() > MAX_CLIENTS) {
      buckets.values().removeIf(b -> b.getAvailableTokens() >= perHour);
    }
    return buckets.computeIfAbsent(client, c -> newBucket()).tryConsume(1);
  }

  /** Seconds until the client may open the next one. */
  public long retryAfterSeconds() {
    return Math.max(1, Duration.ofHours(1).toSeconds() / perHour);
  }

  private Bucket newBucket() {
    return Bucket.builder()
        .addLimit(
            Bandwidth.builder()
                .capacity(perHour)
                .refillGreedy(perHour, Duration.ofHours(1))
                .build())
        .build();
  }
}
