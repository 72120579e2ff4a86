package org.kesher.intake.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.kesher.ground.control.Allowance;
import org.kesher.ground.control.Grid;
import org.kesher.ground.control.Setting;

/**
 * Limits how many requests one client opens an hour ({@code kesher.submissions-per-hour}, 20 unless
 * set), refilled gradually, for the form and the API together, on all nodes together. Generous
 * enough for a family centre's shared computer, tight enough that a script cannot flood a unit's
 * queue.
 */
@ApplicationScoped
public class SubmissionThrottle {

  public static final String SETTING = Setting.SUBMISSIONS_PER_HOUR.key();

  @Inject Grid grid;

  private Allowance allowance;

  public SubmissionThrottle() {}

  /** A throttle of this node only, for the tests. */
  SubmissionThrottle(int perHour) {
    allowance = Allowance.inMemory(perHour, Duration.ofHours(1));
  }

  @PostConstruct
  void count() {
    int perHour = ConfigProvider.getConfig().getOptionalValue(SETTING, Integer.class).orElse(20);
    allowance = Allowance.of(grid, "submissions", perHour, Duration.ofHours(1));
  }

  /** Takes one submission from the client's allowance; false when it is used up. */
  public boolean tryOpen(String client) {
    return allowance.take(client);
  }

  /** Seconds until the client may open the next one. */
  public long retryAfterSeconds() {
    return Math.max(1, Duration.ofHours(1).toSeconds() / allowance.capacity());
  }
}
