package org.kesher.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Kesher started the way README command one starts it: {@code java -jar payara-micro.jar --deploy
 * kesher.war}, in a working directory of the test's own, with settings from the environment.
 * Collects what it prints.
 */
public final class KesherProcess implements AutoCloseable {

  /**
   * The post-boot commands of a node on its own (as {@code ./mvnw -Prun} and the Docker image start
   * one): its staff sessions stay in memory, not in the grid's session store.
   */
  public static final Path ONE_NODE = Path.of("src", "main", "payara", "one-node.asadmin");

  public static final String READY = "Kesher is ready";

  /** Payara Micro's own line once every deployment is complete, a moment after Kesher's. */
  static final String SERVER_READY = "ready in ";

  /** What Payara prints when the WAR fails to deploy; it then serves on with nothing deployed. */
  static final String DEPLOYMENT_FAILED = "Exception during lifecycle processing";

  private final Process process;
  private final List<String> output = new ArrayList<>();
  private final int port;

  private KesherProcess(Process process, int port) {
    this.process = process;
    this.port = port;
    var reader =
        new Thread(
            () -> {
              try (var lines =
                  new BufferedReader(
                      new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                  synchronized (output) {
                    output.add(line);
                  }
                }
              } catch (IOException e) {
                // the process went away
              }
            });
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts Kesher with the quick compiler only: a test node that starts, answers a few pages and
   * stops is ready sooner without the optimising compiler's work.
   */
  public static KesherProcess start(Path workDir, Map<String, String> environment) {
    return start(workDir, environment, "-XX:TieredStopAtLevel=1");
  }

  /**
   * Starts Kesher as a server that answers for minutes (the fuzz's hundred thousand requests): with
   * the optimising compiler, as Kesher runs in production, whose compiled code soon repays its
   * compile time.
   */
  public static KesherProcess startServing(Path workDir, Map<String, String> environment) {
    return start(workDir, environment, "-XX:+TieredCompilation");
  }

  private static KesherProcess start(
      Path workDir, Map<String, String> environment, String compilation) {
    int port = freePort();
    var command =
        command(
            List.of(compilation, "-Xss512k"),
            Path.of(System.getProperty("payara.microJar", "target/payara-micro.jar")),
            List.of(),
            port,
            Path.of(System.getProperty("kesher.test.war", "target/kesher.war")));
    var builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
    builder.environment().keySet().removeIf(k -> k.startsWith("KESHER_"));
    builder.environment().putAll(environment);
    try {
      return new KesherProcess(builder.start(), port);
    } catch (IOException e) {
      throw new IllegalStateException("cannot start Payara Micro", e);
    }
  }

  /**
   * The command line of a Payara Micro start with Kesher's WAR at the root on {@code port}: the
   * tests' nodes and the benchmarks' start Kesher through it.
   *
   * @param jvmOptions options of the JVM (compiler, heap, {@code -D} settings)
   * @param payaraOptions options of Payara Micro before its port and deployment
   */
  public static List<String> command(
      List<String> jvmOptions, Path payaraJar, List<String> payaraOptions, int port, Path war) {
    List<String> command = new java.util.ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", payaraJar.toAbsolutePath().toString()));
    command.addAll(payaraOptions);
    command.addAll(
        List.of(
            "--nocluster",
            "--postbootcommandfile",
            ONE_NODE.toAbsolutePath().toString(),
            "--port",
            String.valueOf(port),
            "--contextroot",
            "/",
            "--deploy",
            war.toAbsolutePath().toString()));
    return command;
  }

  /**
   * The settings of a node on the test database (shared keys, no demo data, no submission limit),
   * to which a test adds its own.
   */
  public static Map<String, String> onTestDatabase() {
    Map<String, String> environment = new java.util.HashMap<>();
    environment.put("KESHER_DB_URL", TestDatabase.url());
    environment.put("KESHER_DB_USER", TestDatabase.user());
    environment.put("KESHER_DB_PASSWORD", TestDatabase.password());
    environment.put(
        "KESHER_KEY_FILE",
        Path.of(System.getProperty("kesher.test.key-file", "target/test-sealing-keys.properties"))
            .toAbsolutePath()
            .toString());
    environment.put("KESHER_DEMO", "false");
    environment.put("KESHER_SUBMISSIONS_PER_HOUR", "100000");
    return environment;
  }

  /** A port nobody listens on now. */
  public static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public long pid() {
    return process.pid();
  }

  public URI base() {
    return URI.create("http://localhost:" + port + "/");
  }

  /** Waits until Kesher says it is ready; fails with what it printed if it ends or times out. */
  public KesherProcess awaitReady(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      if (printed(READY) && printed(SERVER_READY)) {
        return this;
      }
      if (!process.isAlive()) {
        fail("Kesher ended with " + process.exitValue() + " instead of starting:\n" + text());
      }
      if (printed(SERVER_READY) && !printed(READY) && printed(DEPLOYMENT_FAILED)) {
        fail("Kesher's deployment failed (Payara runs on without it):\n" + text());
      }
      Thread.sleep(200);
    }
    fail("Kesher was not ready within " + timeout + ":\n" + text());
    return this;
  }

  /** Waits for the process to end by itself and returns its exit code. */
  public int awaitExit(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      fail("Kesher was expected to stop but still runs after " + timeout + ":\n" + text());
    }
    Thread.sleep(300); // let the reader take the last lines
    return process.exitValue();
  }

  public boolean printed(String fragment) {
    synchronized (output) {
      return output.stream().anyMatch(line -> line.contains(fragment));
    }
  }

  public List<String> linesContaining(String fragment) {
    synchronized (output) {
      return output.stream().filter(line -> line.contains(fragment)).toList();
    }
  }

  public List<String> linesStartingWith(String prefix) {
    synchronized (output) {
      return output.stream().filter(line -> line.startsWith(prefix)).toList();
    }
  }

  public String text() {
    synchronized (output) {
      return String.join("\n", output);
    }
  }

  /** Ends the process at once, as {@code kill -9} does: no shutdown of any kind. */
  public void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
