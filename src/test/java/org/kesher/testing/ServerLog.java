package org.kesher.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The log of the Payara Micro server the integration tests of a class started ({@code
 * target/payara-it.log.0}, set by the failsafe configuration; the next class's server writes it
 * anew): what the tests submit must never appear in it.
 */
public final class ServerLog {

  private static final Path FILE = Path.of("target", "payara-it.log.0");

  private ServerLog() {}

  /** Fails if any of the markers is in the log; waits for the server to finish writing first. */
  public static void assertContainsNoneOf(Collection<String> markers) throws Exception {
    assertTrue(Files.exists(FILE), "the server log " + FILE.toAbsolutePath() + " exists");
    String log = settled();
    assertTrue(log.contains("Payara Micro"), "the file is the server's log");
    for (String marker : markers) {
      assertFalse(log.contains(marker), "the server log contains the submitted '" + marker + "'");
    }
  }

  private static String settled() throws IOException, InterruptedException {
    long size = -1;
    for (int i = 0; i < 20 && Files.size(FILE) != size; i++) {
      size = Files.size(FILE);
      Thread.sleep(500);
    }
    return Files.readString(FILE, StandardCharsets.UTF_8);
  }
}
