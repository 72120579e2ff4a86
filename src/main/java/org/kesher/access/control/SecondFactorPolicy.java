package org.kesher.access.control;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * How much a staff member's roles ask of the second factor, the strictest of their roles winning.
 * Each role (the department-wide ones, and UNIT_HEAD) has a setting {@code
 * kesher.second-factor.<role>} (environment: {@code KESHER_SECOND_FACTOR_<ROLE>}): {@code
 * OPTIONAL}, {@code OFFERED} or {@code REQUIRED}. By default administrators and unit heads are
 * OFFERED enrolment at each login, the others may enrol from their password page. Whoever has
 * enrolled gives a code at every login, whatever their roles.
 */
public final class SecondFactorPolicy {

  /** What a role asks. */
  public enum Level {
    /** Enrolment is possible from the password page. */
    OPTIONAL,
    /** The queue page offers enrolment after each login until done. */
    OFFERED,
    /** Nothing opens before enrolment. */
    REQUIRED
  }

  static final Map<String, Level> DEFAULTS =
      Map.of("ADMINISTRATOR", Level.OFFERED, "UNIT_HEAD", Level.OFFERED);

  private final Function<String, Optional<String>> settings;

  /**
   * @param settings the raw setting of a role (its name as in {@code kesher.second-factor.<role>})
   */
  public SecondFactorPolicy(Function<String, Optional<String>> settings) {
    this.settings = settings;
  }

  public Level levelOf(String role) {
    return settings
        .apply(role)
        .map(v -> Level.valueOf(v.strip().toUpperCase(java.util.Locale.ROOT)))
        .orElse(DEFAULTS.getOrDefault(role, Level.OPTIONAL));
  }

  /** The strictest level among the roles. */
  public Level levelFor(Collection<String> roles) {
    Level strictest = Level.OPTIONAL;
    for (String role : roles) {
      Level level = levelOf(role);
      if (level.compareTo(strictest) > 0) {
        strictest = level;
      }
    }
    return strictest;
  }
}
