package org.kesher.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kesher.testing.KesherProcess;
import org.kesher.testing.StaffBrowserSession;

/**
 * Kesher on Payara Micro against the benchmark's database, and the staff queue page and its search
 * timed over HTTP with logged-in sessions, one request at a time.
 */
final class HttpBench implements AutoCloseable {

  private static final Pattern BADGE =
      Pattern.compile("id=\"queue-(\\w+)\"[^>]*>[^<]*<span class=\"badge\">(\\d+)</span>");

  private final BenchSettings settings;
  private final Process process;
  private final Path log;
  private final int port;
  private final HttpClient plain =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private double readySeconds;

  private HttpBench(BenchSettings settings, Process process, Path log, int port) {
    this.settings = settings;
    this.process = process;
    this.log = log;
    this.port = port;
  }

  /** Starts Payara Micro with the WAR the build just made, and waits until Kesher is ready. */
  static HttpBench start(BenchSettings settings, String dataKey, String indexKey) throws Exception {
    return start(settings, dataKey, indexKey, List.of());
  }

  /** The same, with more system properties for Kesher ({@code -Dkesher.smtp.host=...}). */
  static HttpBench start(
      BenchSettings settings, String dataKey, String indexKey, List<String> properties)
      throws Exception {
    return start(settings, dataKey, indexKey, properties, Launch.shipped(settings.target()));
  }

  /**
   * How Payara Micro is started: the JVM's flags, the jar and Payara Micro's own options before
   * {@code --deploy}.
   */
  record Launch(String name, List<String> jvmFlags, Path jar, List<String> payaraOptions) {

    /** The name of the start as {@code ./mvnw -Prun} does it. */
    static final String SHIPPED = "as ./mvnw -Prun starts it";

    /** As the {@code run} profile of the pom starts Kesher. */
    static Launch shipped(Path target) {
      return new Launch(
          SHIPPED,
          List.of("-Xss512k", "-XX:+UseSerialGC"),
          target.resolve("payara-micro.jar"),
          List.of());
    }

    Launch withFlags(String name, List<String> more) {
      List<String> flags = new ArrayList<>(jvmFlags);
      flags.addAll(more);
      return new Launch(name, flags, jar, payaraOptions);
    }
  }

  /**
   * Starts Payara Micro as {@code launch} says and waits until {@code /health/ready} answers UP;
   * the time from launching the process to that answer is {@link #readySeconds()}.
   */
  static HttpBench start(
      BenchSettings settings,
      String dataKey,
      String indexKey,
      List<String> properties,
      Launch launch)
      throws Exception {
    int port = KesherProcess.freePort();
    Path target = settings.target();
    String slug = launch.name().replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    Path log =
        target.resolve(
            launch.name().equals(Launch.SHIPPED)
                ? "bench-payara.log"
                : "bench-payara-" + slug + ".log");
    List<String> command = command(settings, dataKey, indexKey, properties, launch, port);
    Files.deleteIfExists(log);
    long started = System.nanoTime();
    var builder =
        new ProcessBuilder(command)
            .directory(target.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    // as the run profile of the pom starts Kesher
    builder.environment().put("MALLOC_ARENA_MAX", "2");
    Process process = builder.start();
    var bench = new HttpBench(settings, process, log, port);
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    System.out.printf(
        "bench: Payara Micro (%s) pid %d on port %d, log %s%n",
        launch.name(), process.pid(), port, log);
    long end = started + TimeUnit.SECONDS.toNanos(240);
    var ready = HttpRequest.newBuilder(bench.base().resolve("health/ready")).GET().build();
    while (System.nanoTime() < end) {
      try {
        var response = bench.plain.send(ready, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          bench.readySeconds = (System.nanoTime() - started) / 1e9;
          System.out.printf("bench: Kesher ready in %.1f s%n", bench.readySeconds);
          return bench;
        }
      } catch (java.io.IOException notYet) {
        // not listening yet
      }
      if (!process.isAlive()) {
        throw new IllegalStateException("Payara Micro ended; see " + log);
      }
      Thread.sleep(50);
    }
    bench.close();
    throw new IllegalStateException("Kesher was not ready within 240 s; see " + log);
  }

  /** The command line of a Payara Micro start with Kesher on {@code port}. */
  private static List<String> command(
      BenchSettings settings,
      String dataKey,
      String indexKey,
      List<String> properties,
      Launch launch,
      int port) {
    List<String> jvm = new ArrayList<>(launch.jvmFlags());
    jvm.addAll(
        List.of(
            "-Dkesher.db.url=" + settings.dbUrl(),
            "-Dkesher.db.user=" + settings.dbUser(),
            "-Dkesher.db.password=" + settings.dbPassword(),
            "-Dkesher.data-key=" + dataKey,
            "-Dkesher.index-key=" + indexKey,
            "-Dkesher.demo=false"));
    jvm.addAll(properties);
    return new ArrayList<>(
        KesherProcess.command(
            jvm,
            launch.jar(),
            launch.payaraOptions(),
            port,
            settings.target().resolve("kesher.war")));
  }

  /**
   * A training start, as the Docker image's build runs one: Payara Micro deploys Kesher and stops
   * ({@code --warmup}), started as {@code launch} says (with {@code -XX:ArchiveClassesAtExit}, it
   * writes a CDS archive as it ends).
   */
  static void warmUp(
      BenchSettings settings,
      String dataKey,
      String indexKey,
      List<String> properties,
      Launch launch)
      throws Exception {
    int port = KesherProcess.freePort();
    List<String> command = command(settings, dataKey, indexKey, properties, launch, port);
    command.add(command.indexOf("--nocluster") + 1, "--warmup");
    Path log = settings.target().resolve("bench-payara-warmup.log");
    Process process =
        new ProcessBuilder(command)
            .directory(settings.target().toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(240, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("the training start did not end within 240 s; see " + log);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException("the training start failed; see " + log);
    }
  }

  /** From launching the process to the first {@code /health/ready} that answered UP. */
  double readySeconds() {
    return readySeconds;
  }

  long pid() {
    return process.pid();
  }

  /** The process's resident memory now (VmRSS), in kB; -1 when it cannot be read. */
  long rssKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (java.io.IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  URI base() {
    return URI.create("http://localhost:" + port + "/");
  }

  /** GET /health/ready, as the baseline of a request that touches the database once. */
  Timings health() throws Exception {
    var timings = new Timings("GET /health/ready", settings.pageRuns());
    var request = HttpRequest.newBuilder(base().resolve("health/ready")).GET().build();
    for (int i = 0; i < settings.pageWarmups() + settings.pageRuns(); i++) {
      long start = System.nanoTime();
      var response = plain.send(request, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - start;
      expect(response.statusCode() == 200, "health/ready answered " + response.statusCode());
      if (i >= settings.pageWarmups()) {
        timings.add(took);
      }
    }
    return timings;
  }

  StaffBrowserSession logIn(String username) throws Exception {
    var session = new StaffBrowserSession(base());
    var response = session.logIn(username, Generator.PASSWORD);
    expect(response.statusCode() == 302, "login of " + username + ": " + response.statusCode());
    return session;
  }

  /** The queue page, with what its badges showed the last time. */
  record PageRun(Timings timings, Map<String, Long> badges, String body) {}

  PageRun queuePage(String name, StaffBrowserSession session, String queue) throws Exception {
    var timings = new Timings(name, settings.pageRuns());
    HttpResponse<String> response = null;
    for (int i = 0; i < settings.pageWarmups() + settings.pageRuns(); i++) {
      long start = System.nanoTime();
      response = session.get("staff/index.xhtml?queue=" + queue);
      long took = System.nanoTime() - start;
      expect(
          response.statusCode() == 200 && response.body().contains("id=\"queue-" + queue + "\""),
          name + ": " + response.statusCode() + " " + abbreviate(response.body()));
      if (i >= settings.pageWarmups()) {
        timings.add(took);
      }
    }
    return new PageRun(timings, badges(response.body()), response.body());
  }

  static Map<String, Long> badges(String body) {
    Map<String, Long> badges = new LinkedHashMap<>();
    Matcher m = BADGE.matcher(body);
    while (m.find()) {
      badges.put(m.group(1), Long.parseLong(m.group(2)));
    }
    return badges;
  }

  /**
   * The queue page's search as a browser without JavaScript sends it (the whole form, the page
   * rendered again with its badges) and as PrimeFaces' Ajax sends it (only the table rendered).
   *
   * @param expected a reference the result must show
   */
  List<Timings> search(StaffBrowserSession session, String phone, String expected)
      throws Exception {
    String path = "staff/index.xhtml?queue=OPEN";
    var page = session.get(path);
    expect(page.statusCode() == 200, "queue page before the search: " + page.statusCode());
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("queue", "queue");
    fields.put("queue:search", phone);
    fields.put("queue:status", "");
    fields.put("queue:filter", "");
    var full = new Timings("search by phone (full POST)", settings.searchRuns());
    int warmups = Math.max(5, settings.pageWarmups() / 2);
    for (int i = 0; i < warmups + settings.searchRuns(); i++) {
      long start = System.nanoTime();
      var response = session.submit(path, page, fields);
      long took = System.nanoTime() - start;
      expect(
          response.statusCode() == 200 && response.body().contains(expected),
          "search (full POST) did not show "
              + expected
              + ": "
              + response.statusCode()
              + " "
              + abbreviate(response.body()));
      if (i >= warmups) {
        full.add(took);
      }
    }

    page = session.get(path);
    Map<String, String> ajax = new LinkedHashMap<>(fields);
    ajax.remove("queue:filter");
    ajax.put("jakarta.faces.partial.ajax", "true");
    ajax.put("jakarta.faces.source", "queue:filter");
    ajax.put("jakarta.faces.partial.execute", "queue");
    ajax.put("jakarta.faces.partial.render", "queue:cases");
    ajax.put("queue:filter", "queue:filter");
    var partial = new Timings("search by phone (Ajax, table only)", settings.searchRuns());
    for (int i = 0; i < warmups + settings.searchRuns(); i++) {
      long start = System.nanoTime();
      var response = session.submit(path, page, ajax);
      long took = System.nanoTime() - start;
      expect(
          response.statusCode() == 200 && response.body().contains(expected),
          "search (Ajax) did not show "
              + expected
              + ": "
              + response.statusCode()
              + " "
              + abbreviate(response.body()));
      if (i >= warmups) {
        partial.add(took);
      }
    }
    return List.of(full, partial);
  }

  private static String abbreviate(String body) {
    return body.length() > 2_000 ? body.substring(0, 2_000) + "…" : body;
  }

  static void expect(boolean condition, String message) {
    if (!condition) {
      throw new IllegalStateException(message);
    }
  }

  @Override
  public void close() throws Exception {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    System.out.printf("bench: Payara Micro (pid %d) stopped; its log: %s%n", process.pid(), log);
  }
}
