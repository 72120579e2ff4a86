package org.kesher.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collection;

/**
 * The log of the shared Kesher node ({@link SharedKesher}), as its console printed it: what the
 * tests submit must never appear in it.
 */
public final class ServerLog {

  private ServerLog() {}

  /** Fails if any of the markers is in the log; waits for the server to finish writing first. */
  public static void assertContainsNoneOf(Collection<String> markers) throws Exception {
    assertTrue(SharedKesher.started(), "a shared node ran");
    String log = settled(SharedKesher.running());
    assertTrue(log.contains("Payara Micro"), "the text is the server's log");
    for (String marker : markers) {
      assertFalse(log.contains(marker), "the server log contains the submitted '" + marker + "'");
    }
  }

  /** Fails if the node logged a SEVERE line while it started, up to its "ready" line. */
  public static void assertStartedWithoutSevere() throws Exception {
    assertTrue(SharedKesher.started(), "a shared node ran");
    String log = settled(SharedKesher.running());
    int ready = log.indexOf("Kesher is ready");
    assertTrue(ready > 0, "the node said it was ready");
    String start = log.substring(0, ready);
    int severe = start.indexOf("SEVERE");
    assertTrue(
        severe < 0,
        "the start-up logged a SEVERE line: "
            + (severe < 0 ? "" : start.substring(severe, Math.min(start.length(), severe + 600))));
  }

  private static String settled(KesherProcess node) throws InterruptedException {
    String before = node.text();
    for (int i = 0; i < 20; i++) {
      Thread.sleep(100);
      String now = node.text();
      if (now.length() == before.length()) {
        return now;
      }
      before = now;
    }
    return before;
  }
}
