package org.kesher.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Kesher node on the test database for every test class that talks to Kesher only as a client
 * (HTTP, a browser): {@code @ExtendWith(SharedKesher.class)}, then {@code SharedKesher.url()}. It
 * is started the way {@link KesherProcess} starts one (the built WAR on Payara Micro, settings from
 * the environment), by the first class that asks, and stopped when the whole run ends: each class
 * once started its own server, twenty seconds of the suite each. Its console is the server log that
 * {@link ServerLog} searches, and is kept in {@code target/shared-node.log} after the run.
 *
 * <p>Classes sharing it keep to their own rows, as every class on the shared test database does;
 * {@code KesherIT} still deploys the WAR through Arquillian, so that path stays tested.
 */
public final class SharedKesher implements BeforeAllCallback {

  private static final Duration START = Duration.ofMinutes(4);
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(SharedKesher.class);

  private static volatile KesherProcess node;

  @Override
  public void beforeAll(ExtensionContext context) {
    new WithTestDatabase().beforeAll(context);
    context
        .getRoot()
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, k -> new Running(), Running.class);
  }

  /** The shared node's address, with the trailing slash; the node has been started. */
  public static URL url() {
    try {
      return running().base().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The shared node; fails if no class declared the extension. */
  static KesherProcess running() {
    if (node == null) {
      throw new IllegalStateException("declare @ExtendWith(SharedKesher.class) on the test class");
    }
    return node;
  }

  /** Whether a shared node runs in this test run. */
  static boolean started() {
    return node != null;
  }

  /** The node's life, closed by JUnit when the run ends. */
  private static final class Running implements ExtensionContext.Store.CloseableResource {

    Running() {
      try {
        Path workDir = Files.createDirectories(Path.of("target", "shared-node"));
        node = KesherProcess.startServing(workDir, KesherProcess.onTestDatabase());
        node.awaitReady(START);
      } catch (AssertionError | RuntimeException e) {
        stop();
        throw e;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }

    private static void stop() {
      try {
        node.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void close() throws Exception {
      node.close();
      Files.writeString(Path.of("target", "shared-node.log"), node.text());
    }
  }
}
