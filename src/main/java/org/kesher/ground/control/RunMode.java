package org.kesher.ground.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * How this Kesher runs, read from its settings: on the embedded H2 default or on a server, and
 * whether the demo data is wanted. Features ask here rather than the start-up that checks them.
 */
@ApplicationScoped
public class RunMode {

  @Inject Config config;

  /** Whether Kesher runs on the embedded H2 default. */
  public boolean isEmbedded() {
    return config
        .getOptionalValue(Setting.DB_URL.key(), String.class)
        .map(url -> DatabaseKind.of(url) == DatabaseKind.H2)
        .orElse(true);
  }

  /** The demo switch: on by default with the embedded database, off with MySQL. */
  public boolean demoWanted() {
    return config
        .getOptionalValue(Setting.DEMO.key(), String.class)
        .map(Boolean::parseBoolean)
        .orElse(isEmbedded());
  }
}
