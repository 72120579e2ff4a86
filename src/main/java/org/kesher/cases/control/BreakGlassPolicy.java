package org.kesher.cases.control;

import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.Setting;

/**
 * Who may break the glass and for how long: the roles of {@code kesher.break-glass.roles} ({@code
 * UNIT_HEAD} is anyone heading a unit) and {@code kesher.break-glass.minutes}.
 */
public record BreakGlassPolicy(Set<String> roles, Duration lasting) {

  public BreakGlassPolicy {
    roles = Set.copyOf(roles);
  }

  static BreakGlassPolicy of(Config config) {
    return new BreakGlassPolicy(
        Arrays.stream(
                config
                    .getOptionalValue(Setting.BREAK_GLASS_ROLES.key(), String.class)
                    .orElse("")
                    .split(","))
            .map(String::strip)
            .filter(r -> !r.isEmpty())
            .collect(Collectors.toSet()),
        Duration.ofMinutes(config.getValue(Setting.BREAK_GLASS_MINUTES.key(), Long.class)));
  }

  /** Whether a viewer of these roles and units may ask. */
  public boolean allows(Viewer viewer) {
    return (!viewer.heads().isEmpty() && roles.contains("UNIT_HEAD"))
        || viewer.roles().stream().anyMatch(r -> roles.contains(r.name()));
  }
}
