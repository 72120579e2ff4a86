package org.kesher.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What a benchmark run does, from system properties ({@code -Dbench.cases=100000} and so on on the
 * Maven command line).
 *
 * @param dbUrl the server and database, without parameters; dropped and created unless {@code
 *     reuse}
 * @param intake the intake throughput part ({@code -Dbench.intake=false} leaves it out)
 * @param intakeSeconds the measured time of each intake level; a warm-up of {@code
 *     intakeWarmupSeconds} comes first
 * @param intakeWarmupMaxSeconds the longest warm-up of each side before the first level: rounds of
 *     20 s until the rate stops rising
 * @param intakeConcurrencies {@code -Dbench.intake-concurrency=1,8,32,64}
 * @param intakePoolSize Kesher's connection pool in the intake part; 0: Kesher's default
 * @param intakeSpreads how the intake requests spread over units, each measured in turn ({@code
 *     -Dbench.intake-spread=types,one-unit}): {@code types}, ten request types; {@code one-unit},
 *     every request of one type to one unit, the round-robin lock's worst case
 * @param staffSessions staff members logged in at once beside intake load, in the queue part
 *     ({@code -Dbench.staff-sessions=50}; 0 leaves that part out)
 * @param staffSeconds the measured time of the staff members' work, after {@code
 *     staffWarmupSeconds}
 * @param staffThinkMillis each staff member's pause between two requests, drawn evenly from this
 *     range ({@code -Dbench.staff-think-millis=2000-8000})
 * @param staffIntakeRate intake requests per second sent beside the staff members' work
 * @param jfr record Kesher under intake load with Java Flight Recorder (target/bench-intake.jfr)
 * @param intakeJvmFlags more JVM flags for Kesher in the intake part, space-separated
 * @param startup the start-up part: time to ready and memory, as ./mvnw -Prun and as the Docker
 *     image start Kesher, and with the flags tried
 * @param startupFlags more JVM flags to try at start-up beside the launcher and AppCDS, each
 *     variant separated by commas ({@code -Dbench.startup-flags=-XX:TieredStopAtLevel=1,-Xmx256m})
 * @param bufferPoolMb MariaDB's buffer pool for the run, set with {@code SET GLOBAL
 *     innodb_buffer_pool_size} before anything is measured ({@code -Dbench.buffer-pool-mb=4096}, as
 *     docker/compose.yml gives MySQL; 0, the default, leaves the server's own)
 * @param reuse keep the database and the keys of the previous run (target/bench-keys.properties)
 *     instead of generating afresh
 */
record BenchSettings(
    String dbUrl,
    String dbUser,
    String dbPassword,
    int cases,
    int eventsPerCase,
    int requesters,
    int staff,
    boolean reuse,
    boolean http,
    int queryWarmups,
    int queryRuns,
    int pageWarmups,
    int pageRuns,
    int searchRuns,
    int mails,
    int mailSenders,
    boolean queue,
    boolean intake,
    int intakeSeconds,
    int intakeWarmupSeconds,
    int intakeWarmupMaxSeconds,
    List<Integer> intakeConcurrencies,
    int intakePoolSize,
    List<String> intakeSpreads,
    int staffSessions,
    int staffSeconds,
    int staffWarmupSeconds,
    List<Integer> staffThinkMillis,
    double staffIntakeRate,
    boolean jfr,
    List<String> intakeJvmFlags,
    boolean startup,
    int startupLoadSeconds,
    List<String> startupFlags,
    Path baseDir,
    int bufferPoolMb) {

  static BenchSettings fromSystemProperties() {
    return new BenchSettings(
        System.getProperty("bench.db.url", "jdbc:mysql://127.0.0.1:3306/kesher_bench"),
        System.getProperty("bench.db.user", "root"),
        System.getProperty("bench.db.password", ""),
        Integer.getInteger("bench.cases", 1_000_000),
        Integer.getInteger("bench.events-per-case", 5),
        Integer.getInteger("bench.requesters", 200_000),
        Integer.getInteger("bench.staff", 300),
        Boolean.getBoolean("bench.reuse"),
        Boolean.parseBoolean(System.getProperty("bench.http", "true")),
        Integer.getInteger("bench.query-warmups", 5),
        Integer.getInteger("bench.query-runs", 50),
        Integer.getInteger("bench.page-warmups", 20),
        Integer.getInteger("bench.page-runs", 200),
        Integer.getInteger("bench.search-runs", 100),
        Integer.getInteger("bench.mails", 5000),
        Integer.getInteger("bench.mail-senders", 4),
        Boolean.parseBoolean(System.getProperty("bench.queue", "true")),
        Boolean.parseBoolean(System.getProperty("bench.intake", "true")),
        Integer.getInteger("bench.intake-seconds", 20),
        Integer.getInteger("bench.intake-warmup-seconds", 8),
        Integer.getInteger("bench.intake-warmup-max-seconds", 360),
        numbers("bench.intake-concurrency", "1,8,32,64", ","),
        Integer.getInteger("bench.intake-pool-size", 0),
        Arrays.stream(System.getProperty("bench.intake-spread", "types,one-unit").split(","))
            .map(String::strip)
            .peek(BenchSettings::knownSpread)
            .toList(),
        Integer.getInteger("bench.staff-sessions", 50),
        Integer.getInteger("bench.staff-seconds", 180),
        Integer.getInteger("bench.staff-warmup-seconds", 60),
        numbers("bench.staff-think-millis", "2000-8000", "-"),
        Double.parseDouble(System.getProperty("bench.staff-intake-rate", "20")),
        Boolean.getBoolean("bench.jfr"),
        Arrays.stream(System.getProperty("bench.intake-jvm-flags", "").split("\\s+"))
            .filter(f -> !f.isBlank())
            .toList(),
        Boolean.parseBoolean(System.getProperty("bench.startup", "true")),
        Integer.getInteger("bench.startup-load-seconds", 15),
        Arrays.stream(System.getProperty("bench.startup-flags", "").split(","))
            .filter(f -> !f.isBlank())
            .map(String::strip)
            .toList(),
        Path.of(System.getProperty("bench.basedir", ".")).toAbsolutePath(),
        Integer.getInteger("bench.buffer-pool-mb", 0));
  }

  /** A property's whole numbers, split where {@code separator} stands. */
  private static List<Integer> numbers(String key, String fallback, String separator) {
    return Arrays.stream(System.getProperty(key, fallback).split(separator))
        .map(String::strip)
        .map(Integer::valueOf)
        .toList();
  }

  /** Spreads the intake part knows. */
  static final String TYPES = "types";

  static final String ONE_UNIT = "one-unit";

  private static void knownSpread(String spread) {
    if (!spread.equals(TYPES) && !spread.equals(ONE_UNIT)) {
      throw new IllegalArgumentException(
          "bench.intake-spread takes types and one-unit, not " + spread);
    }
  }

  /** The URL with extra Connector/J parameters appended. */
  String url(String parameters) {
    return dbUrl + (dbUrl.contains("?") ? "&" : "?") + parameters;
  }

  String databaseName() {
    String path = dbUrl.substring(dbUrl.indexOf("//") + 2);
    path = path.substring(path.indexOf('/') + 1);
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  /** The same server without a database, to drop and create it. */
  String serverUrl() {
    String name = databaseName();
    int at = dbUrl.indexOf("/" + name, dbUrl.indexOf("//") + 2);
    return dbUrl.substring(0, at + 1) + dbUrl.substring(at + 1 + name.length());
  }

  Path target() {
    return baseDir.resolve("target");
  }
}
