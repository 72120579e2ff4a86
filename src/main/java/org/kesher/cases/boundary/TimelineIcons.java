package org.kesher.cases.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/** The PrimeIcons icon of each kind of timeline event, as {@code #{timelineIcons.of(kind)}}. */
@Named
@ApplicationScoped
public class TimelineIcons {

  private static final Map<String, String> ICONS =
      Map.ofEntries(
          Map.entry("CREATED", "pi-inbox"),
          Map.entry("ROUTED", "pi-directions"),
          Map.entry("ASSIGNED", "pi-user"),
          Map.entry("STATUS_CHANGED", "pi-sync"),
          Map.entry("INTERNAL_NOTE", "pi-lock"),
          Map.entry("PUBLIC_REPLY", "pi-send"),
          Map.entry("RESIDENT_REPLY", "pi-comment"),
          Map.entry("REFERRED", "pi-share-alt"),
          Map.entry("VIEWED", "pi-eye"),
          Map.entry("NOTIFICATION_SENT", "pi-envelope"),
          Map.entry("NOTIFICATION_FAILED", "pi-exclamation-triangle"),
          Map.entry("LINKED", "pi-link"),
          Map.entry("TARGET_WARNING", "pi-clock"),
          Map.entry("TARGET_BREACHED", "pi-exclamation-circle"));

  /** The icon's class for an event of {@code kind}; a dot for a kind without one. */
  @PermitAll
  public String of(String kind) {
    return ICONS.getOrDefault(kind, "pi-circle-fill");
  }
}
