package org.kesher.ground.control;

import java.util.List;
import java.util.logging.Logger;

/**
 * Stops Kesher at start-up when it cannot run as configured, with one line per problem that names
 * the setting and what is wrong, rather than leaving a half-started server or a long stack trace.
 */
public final class StartupFailure {

  private static final Logger LOG = Logger.getLogger(StartupFailure.class.getName());
  static final int EXIT_CONFIG = 78;

  private StartupFailure() {}

  public static void stop(List<String> problems) {
    LOG.severe("Start-up stopped by a configuration problem");
    // the lines themselves go once to the console, unadorned, where whoever started Kesher looks
    for (String problem : problems) {
      System.err.println("Kesher cannot start: " + problem);
    }
    System.err.flush();
    // halt, not exit: we are inside the deployment, and the server's shutdown hooks would wait
    // for it to finish
    Runtime.getRuntime().halt(EXIT_CONFIG);
  }

  public static void stop(String problem) {
    stop(List.of(problem));
  }
}
