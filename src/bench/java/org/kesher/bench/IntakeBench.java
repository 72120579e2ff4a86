package org.kesher.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;

/**
 * Intake throughput: Kesher on Payara Micro against MariaDB, {@code POST /api/v1/requests} driven
 * by wrk with realistic bodies of ten request types at several concurrencies, beside the limit
 * measured in the same run at the same concurrencies ({@link IntakeLimit}: plain JDBC writing the
 * same rows). Then Kesher once more, paced by wrk at half its best rate, for the latency at that
 * load. The benchmark's own rows are deleted after each level, so every level starts from the same
 * tables.
 */
final class IntakeBench {

  /** What wrk measured in one run. */
  record Wrk(
      int connections,
      long requests,
      double seconds,
      long non201,
      long socketErrors,
      double p50,
      double p90,
      double p99,
      double max,
      double offeredPerSecond,
      String firstError) {

    double perSecond() {
      return requests / seconds;
    }

    long errors() {
      return non201 + socketErrors;
    }
  }

  /** Rows written per request, counted in the database after a level. */
  record Rows(
      long cases,
      double eventsPerCase,
      double mailsPerCase,
      double wordsPerCase,
      double logEntriesPerCase,
      double noticesPerCase) {}

  /** One concurrency level: Kesher and the limit. */
  record Level(
      int concurrency, Wrk kesher, IntakeLimit.Result limit, Rows kesherRows, Rows limitRows) {

    double ratio() {
      return kesher.perSecond() / limit.perSecond();
    }

    /**
     * The level as the report's table and the chart's table show it: connections; Kesher's
     * requests/s, p50 and p99 ms and errors; the same four of the limit; the ratio.
     */
    List<String> cells() {
      return List.of(
          String.valueOf(concurrency),
          String.format(Locale.ROOT, "%.0f", kesher.perSecond()),
          String.format(Locale.ROOT, "%.1f", kesher.p50()),
          String.format(Locale.ROOT, "%.1f", kesher.p99()),
          String.valueOf(kesher.errors()),
          String.format(Locale.ROOT, "%.0f", limit.perSecond()),
          String.format(Locale.ROOT, "%.1f", limit.p50()),
          String.format(Locale.ROOT, "%.1f", limit.p99()),
          String.valueOf(limit.errors()),
          String.format(Locale.ROOT, "%.2f", ratio()));
    }
  }

  /** All the intake figures of a run. */
  record Result(
      List<Level> levels,
      Wrk halfRate,
      Wrk refused,
      double bestKesher,
      int bestConcurrency,
      double bestLimit,
      double kesherReadySeconds,
      long rssIdleKb,
      long rssLoadKb,
      long baselineCases,
      int bodies,
      String spread,
      String poolSize,
      List<Warmup> warmups) {}

  private final BenchSettings settings;
  private final DataSource db;
  private final String dataKey;
  private final String indexKey;
  private final Path bodiesFile;
  private final Path refusedFile;
  private final Path script;

  private IntakeBench(BenchSettings settings, DataSource db, String dataKey, String indexKey) {
    this.settings = settings;
    this.db = db;
    this.dataKey = dataKey;
    this.indexKey = indexKey;
    this.bodiesFile = settings.target().resolve("bench-intake-bodies.lua");
    this.refusedFile = settings.target().resolve("bench-intake-refused.lua");
    this.script = settings.baseDir().resolve("src/bench/resources/intake.lua");
  }

  /**
   * @param oneUnit every request of one type, to one unit (the round-robin lock's worst case);
   *     otherwise spread over ten types
   */
  static Result run(
      BenchSettings settings, DataSource db, String dataKey, String indexKey, boolean oneUnit)
      throws Exception {
    return new IntakeBench(settings, db, dataKey, indexKey).run(oneUnit);
  }

  /** Fails with how to install wrk when it is missing. */
  static void requireWrk() {
    try {
      var p = new ProcessBuilder("wrk", "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor();
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(
          "the intake benchmark needs wrk, the HTTP load tool: install it with `sudo apt-get"
              + " install -y wrk` (Debian/Ubuntu), or leave the intake part out with"
              + " -Dbench.intake=false",
          e);
    }
  }

  private Result run(boolean oneUnit) throws Exception {
    requireWrk();
    List<IntakeBodies.Body> bodies = oneUnit ? IntakeBodies.ofType(0, 200) : IntakeBodies.all(20);
    writeBodies(bodies);
    long baseline = maxCaseId();
    long baselineCases = count("SELECT COUNT(*) FROM case_file");
    var limit = new IntakeLimit(settings, db, bodies);
    Duration warmup = Duration.ofSeconds(settings.intakeWarmupSeconds());
    Duration measured = Duration.ofSeconds(settings.intakeSeconds());
    List<Level> levels = new ArrayList<>();
    List<Warmup> warmups = new ArrayList<>();
    List<String> properties = new ArrayList<>();
    properties.add("-Dkesher.submissions-per-hour=1000000");
    if (settings.intakePoolSize() > 0) {
      properties.add("-Dkesher.db.pool-size=" + settings.intakePoolSize());
    }
    if (settings.jfr()) {
      properties.add(
          "-XX:StartFlightRecording=filename="
              + settings.target().resolve("bench-intake.jfr")
              + ",settings=profile,dumponexit=true");
      properties.add("-XX:FlightRecorderOptions:stackdepth=256");
    }
    properties.addAll(settings.intakeJvmFlags());
    Wrk half;
    Wrk refused;
    double readySeconds;
    long rssIdle;
    long rssLoad = -1;
    System.out.println("bench: intake, starting Kesher");
    try (var server = HttpBench.start(settings, dataKey, indexKey, properties)) {
      readySeconds = server.readySeconds();
      Thread.sleep(3_000);
      rssIdle = server.rssKb();
      String url = server.base().resolve("api/v1/requests").toString();
      // Both sides warm until their rate stops rising: on two cores the JIT compiler of Kesher's
      // JVM keeps one core busy for minutes, and an 8-second warm-up measured Kesher at a third
      // of the rate it reaches after five minutes of load
      warmups.add(warmUp("Kesher", () -> wrk(url, 8, WARMUP_ROUND, 0).perSecond()));
      cleanUp(baseline);
      warmups.add(
          warmUp(
              "the limit",
              () -> {
                limit.reserve(db);
                return limit.run(8, Duration.ZERO, WARMUP_ROUND).perSecond();
              }));
      cleanUp(baseline);
      for (int c : settings.intakeConcurrencies()) {
        System.out.printf("bench: intake, the limit at concurrency %d%n", c);
        limit.reserve(db);
        long limitFrom = maxCaseId();
        var limitResult = limit.run(c, warmup, measured);
        Rows limitRows = rows(limitFrom);
        cleanUp(baseline);

        System.out.printf("bench: intake, Kesher at concurrency %d (wrk)%n", c);
        long kesherFrom = maxCaseId();
        wrk(url, c, warmup, 0);
        var peak = new AtomicLong(-1);
        Thread sampler = sampler(server, peak);
        Wrk kesher = wrk(url, c, measured, 0);
        sampler.interrupt();
        sampler.join();
        if (c == settings.intakeConcurrencies().get(settings.intakeConcurrencies().size() - 1)) {
          rssLoad = Math.max(peak.get(), server.rssKb());
        }
        Rows kesherRows = rows(kesherFrom);
        cleanUp(baseline);
        var level = new Level(c, kesher, limitResult, kesherRows, limitRows);
        levels.add(level);
        System.out.printf(
            "bench: intake c=%d: Kesher %.0f/s p50 %.1f p99 %.1f ms, %d errors; limit %.0f/s p50"
                + " %.1f p99 %.1f ms, %d errors; ratio %.2f%n",
            c,
            kesher.perSecond(),
            kesher.p50(),
            kesher.p99(),
            kesher.errors(),
            limitResult.perSecond(),
            limitResult.p50(),
            limitResult.p99(),
            limitResult.errors(),
            level.ratio());
        if (kesher.firstError() != null) {
          System.out.println("bench: first error answer from Kesher: " + kesher.firstError());
        }
        if (limitResult.firstError() != null) {
          System.out.println("bench: first error of the limit: " + limitResult.firstError());
        }
      }
      Level best =
          levels.stream()
              .max((a, b) -> Double.compare(a.kesher().perSecond(), b.kesher().perSecond()))
              .orElseThrow();
      double rate = best.kesher().perSecond() / 2;
      int connections = Math.max(8, best.concurrency());
      System.out.printf(
          "bench: intake, Kesher paced at %.0f requests/s (half its best) over %d connections%n",
          rate, connections);
      wrk(url, connections, Duration.ofSeconds(Math.min(5, warmup.toSeconds())), rate);
      half = wrk(url, connections, measured, rate);
      cleanUp(baseline);
      // the floor under any intake on this machine: the same server and path, for a request that
      // is refused (400, an unknown type) before any database work
      System.out.printf(
          "bench: intake, Kesher refusing an unknown type at concurrency %d (wrk)%n",
          best.concurrency());
      wrk(url, refusedFile, best.concurrency(), warmup, 0);
      refused = wrk(url, refusedFile, best.concurrency(), measured, 0);
      System.out.printf(
          "bench: intake, refused before any database work: %.0f/s p50 %.1f p99 %.1f ms%n",
          refused.perSecond(), refused.p50(), refused.p99());
    }
    Level best =
        levels.stream()
            .max((a, b) -> Double.compare(a.kesher().perSecond(), b.kesher().perSecond()))
            .orElseThrow();
    double bestLimit = levels.stream().mapToDouble(l -> l.limit().perSecond()).max().orElse(0);
    return new Result(
        levels,
        half,
        refused,
        best.kesher().perSecond(),
        best.concurrency(),
        bestLimit,
        readySeconds,
        rssIdle,
        rssLoad,
        baselineCases,
        bodies.size(),
        oneUnit ? "one request type (RIGHTS_INFO), every request to one unit" : "10 request types",
        settings.intakePoolSize() > 0 ? String.valueOf(settings.intakePoolSize()) : "default",
        warmups);
  }

  /** One round of a warm-up: the rate it reached, per second. */
  private interface Round {
    double perSecond() throws Exception;
  }

  /** How a side's warm-up went: the rate of each round. */
  record Warmup(String side, List<Double> rounds) {}

  private static final Duration WARMUP_ROUND = Duration.ofSeconds(20);

  /**
   * Rounds of load at 8 connections until two rounds in a row gain less than 5% on the best round
   * before them (at least four rounds, at most {@code bench.intake-warmup-max-seconds}).
   */
  private Warmup warmUp(String side, Round round) throws Exception {
    List<Double> rates = new ArrayList<>();
    long end = System.nanoTime() + Duration.ofSeconds(settings.intakeWarmupMaxSeconds()).toNanos();
    while (true) {
      rates.add(round.perSecond());
      int n = rates.size();
      System.out.printf("bench: intake, warming %s: round %d, %.0f/s%n", side, n, rates.get(n - 1));
      // flat: the last two rounds each gained less than 5% on the best round before them
      boolean flat =
          n >= 4
              && rates.get(n - 1) < best(rates, n - 1) * 1.05
              && rates.get(n - 2) < best(rates, n - 2) * 1.05;
      if (flat || System.nanoTime() > end) {
        return new Warmup(side, rates);
      }
    }
  }

  /** The highest of the first {@code count} rates. */
  private static double best(List<Double> rates, int count) {
    return rates.subList(0, count).stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** Samples the server's resident memory every 200 ms, keeping the highest. */
  private static Thread sampler(HttpBench server, AtomicLong peak) {
    Thread t =
        new Thread(
            () -> {
              while (!Thread.currentThread().isInterrupted()) {
                peak.accumulateAndGet(server.rssKb(), Math::max);
                try {
                  Thread.sleep(200);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "rss-sampler");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private void writeBodies(List<IntakeBodies.Body> bodies) throws IOException {
    writeBodies(bodiesFile, bodies);
    Files.writeString(
        refusedFile,
        "-- generated by org.kesher.bench.IntakeBench\nreturn {\n[==["
            + "{\"requestType\":\"NO_SUCH_TYPE\",\"language\":\"he\",\"consent\":true}"
            + "]==],\n}\n",
        StandardCharsets.UTF_8);
  }

  /** The bodies as the Lua table the wrk script loads. */
  static void writeBodies(Path file, List<IntakeBodies.Body> bodies) throws IOException {
    StringBuilder lua =
        new StringBuilder("-- generated by org.kesher.bench.IntakeBench\nreturn {\n");
    for (var body : bodies) {
      if (body.json().contains("]==]")) {
        throw new IllegalStateException("a body cannot be a Lua long string: " + body.json());
      }
      lua.append("[==[").append(body.json()).append("]==],\n");
    }
    lua.append("}\n");
    Files.writeString(file, lua, StandardCharsets.UTF_8);
  }

  /**
   * Runs wrk for {@code duration} with {@code connections} connections (2 threads at most, the
   * machine's other cores are Kesher's and MariaDB's); {@code rate} > 0 paces the requests.
   */
  private Wrk wrk(String url, int connections, Duration duration, double rate) throws Exception {
    return wrk(url, bodiesFile, connections, duration, rate);
  }

  private Wrk wrk(String url, Path bodies, int connections, Duration duration, double rate)
      throws Exception {
    return wrk(script, url, bodies, connections, duration, rate);
  }

  /**
   * wrk with the intake script ({@code src/bench/resources/intake.lua}) sending the bodies of
   * {@code bodies} (written by {@link #writeBodies}) to {@code url}.
   */
  static Wrk wrk(
      Path script, String url, Path bodies, int connections, Duration duration, double rate)
      throws Exception {
    int threads = Math.min(2, connections);
    List<String> command =
        List.of(
            "wrk",
            "-t" + threads,
            "-c" + connections,
            "-d" + duration.toSeconds() + "s",
            "--timeout",
            "30s",
            "-s",
            script.toString(),
            url,
            "--",
            bodies.toString(),
            String.format(java.util.Locale.ROOT, "%.1f", rate),
            String.valueOf(threads));
    var process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int exit = process.waitFor();
    Map<String, String> values = new LinkedHashMap<>();
    String firstError = null;
    for (String line : out.split("\n")) {
      if (line.startsWith("wrk-result ")) {
        for (String pair : line.substring(11).trim().split(" ")) {
          int eq = pair.indexOf('=');
          values.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
      } else if (line.startsWith("wrk-first-error ")) {
        firstError = line.substring(16);
      }
    }
    if (exit != 0 || values.isEmpty()) {
      throw new IllegalStateException("wrk failed (exit " + exit + "):\n" + out);
    }
    return new Wrk(
        connections,
        Long.parseLong(values.get("requests")),
        Long.parseLong(values.get("duration_us")) / 1e6,
        Long.parseLong(values.get("non201")),
        Long.parseLong(values.get("connect"))
            + Long.parseLong(values.get("read"))
            + Long.parseLong(values.get("write"))
            + Long.parseLong(values.get("timeout")),
        Long.parseLong(values.get("p50_us")) / 1e3,
        Long.parseLong(values.get("p90_us")) / 1e3,
        Long.parseLong(values.get("p99_us")) / 1e3,
        Long.parseLong(values.get("max_us")) / 1e3,
        rate,
        firstError);
  }

  /** One way of starting Kesher: time to ready, memory idle and under a short load. */
  record Start(
      String name,
      List<String> flags,
      double readySeconds,
      long rssIdleKb,
      long rssLoadKb,
      Wrk load) {}

  /** The name of the start as the Docker image does it. */
  static final String DOCKER_START = "as the Docker image starts it";

  /**
   * Start-up: Kesher started as {@code ./mvnw -Prun} starts it, and as the Docker image starts it
   * (docker/Dockerfile): through the launcher Payara Micro writes once ({@code --rootdir ...
   * --outputlauncher}: no unpacking on each start), with an AppCDS archive of the classes a start
   * loads, written by a training start ({@code --warmup} with {@code -XX:ArchiveClassesAtExit}).
   * Each is timed from launching the process to {@code /health/ready} UP, its resident memory read
   * 3 s later and at the end of {@code bench.startup-load-seconds} of intake load at 64
   * connections.
   */
  static List<Start> startup(BenchSettings settings, DataSource db, String dataKey, String indexKey)
      throws Exception {
    return new IntakeBench(settings, db, dataKey, indexKey).startup();
  }

  private List<Start> startup() throws Exception {
    requireWrk();
    writeBodies(IntakeBodies.all(20));
    long baseline = maxCaseId();
    Path target = settings.target();
    Path root = target.resolve("bench-micro-root");
    Path archive = target.resolve("bench-kesher.jsa");
    if (!Files.exists(root.resolve("launch-micro.jar"))) {
      System.out.println("bench: start-up, writing the Payara Micro launcher to " + root);
      var p =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  target.resolve("payara-micro.jar").toString(),
                  "--rootdir",
                  root.toString(),
                  "--outputlauncher")
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0 || !Files.exists(root.resolve("launch-micro.jar"))) {
        throw new IllegalStateException("Payara Micro wrote no launcher:\n" + out);
      }
    }
    var shipped = HttpBench.Launch.shipped(target);
    var launcher =
        new HttpBench.Launch(
            "launcher", shipped.jvmFlags(), root.resolve("launch-micro.jar"), List.of());
    List<String> properties = List.of("-Dkesher.submissions-per-hour=1000000");
    Files.deleteIfExists(archive);
    // as docker/Dockerfile writes it: a --warmup start (deploy, then stop) through the launcher
    System.out.println(
        "bench: start-up, a training start that writes the AppCDS archive " + archive);
    HttpBench.warmUp(
        settings,
        dataKey,
        indexKey,
        properties,
        launcher.withFlags(
            "launcher, writing the CDS archive", List.of("-XX:ArchiveClassesAtExit=" + archive)));
    if (!Files.exists(archive)) {
      throw new IllegalStateException("the JVM wrote no CDS archive at " + archive);
    }
    List<HttpBench.Launch> launches = new ArrayList<>();
    launches.add(shipped);
    launches.add(launcher.withFlags(DOCKER_START, List.of("-XX:SharedArchiveFile=" + archive)));
    for (String extra : settings.startupFlags()) {
      launches.add(
          launcher.withFlags(
              DOCKER_START + " + " + extra,
              concat(List.of("-XX:SharedArchiveFile=" + archive), List.of(extra.split("\\s+")))));
    }
    List<Start> starts = new ArrayList<>();
    for (var launch : launches) {
      try (var server = HttpBench.start(settings, dataKey, indexKey, properties, launch)) {
        double ready = server.readySeconds();
        Thread.sleep(3_000);
        long idle = server.rssKb();
        var peak = new AtomicLong(-1);
        Thread sampler = sampler(server, peak);
        Wrk load =
            wrk(
                server.base().resolve("api/v1/requests").toString(),
                64,
                Duration.ofSeconds(settings.startupLoadSeconds()),
                0);
        sampler.interrupt();
        sampler.join();
        long underLoad = Math.max(peak.get(), server.rssKb());
        starts.add(new Start(launch.name(), launch.jvmFlags(), ready, idle, underLoad, load));
        System.out.printf(
            "bench: start-up %s: ready in %.1f s, RSS %d MB idle, %d MB under load (%.0f req/s)%n",
            launch.name(), ready, idle >> 10, underLoad >> 10, load.perSecond());
      }
      cleanUp(baseline);
    }
    return starts;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private long maxCaseId() throws SQLException {
    return count("SELECT COALESCE(MAX(id), 0) FROM case_file");
  }

  private long count(String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Cases above {@code from} and their events and mails. */
  private Rows rows(long from) throws SQLException {
    long cases = count("SELECT COUNT(*) FROM case_file WHERE id > " + from);
    long events = count("SELECT COUNT(*) FROM case_event WHERE case_id > " + from);
    long mails = count("SELECT COUNT(*) FROM mail_outbox WHERE case_id > " + from);
    long words = count("SELECT COUNT(*) FROM case_word WHERE case_id > " + from);
    long entries =
        count(
            "SELECT COUNT(*) FROM access_entry a JOIN case_file c ON a.object_ref = c.reference"
                + " WHERE a.action = 'CASE_CREATED' AND c.id > "
                + from);
    long notices = count("SELECT COUNT(*) FROM staff_notice WHERE case_id > " + from);
    double per = Math.max(1, cases);
    return new Rows(cases, events / per, mails / per, words / per, entries / per, notices / per);
  }

  /** Deletes what the benchmark wrote, so that the next level starts from the same tables. */
  private void cleanUp(long baseline) throws SQLException, InterruptedException {
    cleanUp(db, baseline);
  }

  /** Deletes the cases above {@code baseline} and every row that came with them. */
  static void cleanUp(DataSource db, long baseline) throws SQLException, InterruptedException {
    // requests that wrk sent last may still be committing in Kesher
    for (int attempt = 1; ; attempt++) {
      Thread.sleep(500);
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        s.executeUpdate(
            "DELETE a FROM access_entry a JOIN case_file c ON a.object_ref = c.reference"
                + " WHERE c.id > "
                + baseline);
        s.executeUpdate("DELETE FROM mail_outbox WHERE case_id > " + baseline);
        s.executeUpdate("DELETE FROM case_event WHERE case_id > " + baseline);
        s.executeUpdate("DELETE FROM case_word WHERE case_id > " + baseline);
        s.executeUpdate("DELETE FROM staff_notice WHERE case_id > " + baseline);
        s.executeUpdate("DELETE FROM emergency_registration WHERE case_id > " + baseline);
        s.executeUpdate("DELETE FROM case_file WHERE id > " + baseline);
        return;
      } catch (SQLException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }
}
