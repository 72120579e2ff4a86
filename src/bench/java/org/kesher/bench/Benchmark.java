package org.kesher.bench;

import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.kesher.access.entity.StaffRole;
import org.kesher.cases.control.Viewer;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.Normalised;
import org.kesher.sealing.control.SealingKeys;

/**
 * The benchmark of the staff queue at a realistic size: generates the data (or reuses the last
 * run's), checks the plans of the queue, count and search queries and times them over JDBC, then
 * times the queue page and its search over HTTP on Payara Micro, and writes a report to {@code
 * target/bench-report.txt}. Fails when a query scans the whole case table.
 *
 * <p>Run with {@code ./mvnw -Pbench verify -DskipTests}; see README, "Benchmarks".
 */
public final class Benchmark {

  private static final double PAGE_GOAL_MS = 200;
  private static final double QUERY_GOAL_MS = 50;

  /** Each dashboard figure's query, p95 over the 1,000,000-case data set (issue 18). */
  private static final double DASHBOARD_GOAL_MS = 500;

  private final BenchSettings settings;
  private final StringBuilder report = new StringBuilder();

  private Benchmark(BenchSettings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    new Benchmark(BenchSettings.fromSystemProperties()).run();
  }

  private void run() throws Exception {
    if (settings.intake() || settings.startup()) {
      // before the long parts: say at once that wrk is missing
      IntakeBench.requireWrk();
    }
    Path keys = settings.target().resolve("bench-keys.properties");
    Files.createDirectories(settings.target());
    DataSource db =
        Generator.dataSource(
            settings.url("useSSL=false"), settings.dbUser(), settings.dbPassword());
    if (settings.bufferPoolMb() > 0) {
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        // MariaDB resizes the pool online; the header says the size the run had
        s.execute("SET GLOBAL innodb_buffer_pool_size = " + (settings.bufferPoolMb() * 1048576L));
      }
    }
    Map<String, String> generation = new LinkedHashMap<>();
    Generator.Facts facts;
    if (settings.reuse()) {
      Properties stored = new Properties();
      try (Reader in = Files.newBufferedReader(keys, StandardCharsets.UTF_8)) {
        stored.load(in);
      }
      SealingKeys.install(stored.getProperty("data-key"), stored.getProperty("index-key"));
      org.kesher.app.control.SchemaMigration.migrate(db);
      facts =
          existing(
              db,
              stored.getProperty("data-key"),
              stored.getProperty("index-key"),
              Files.readAllLines(settings.target().resolve("bench-word-searches.txt")));
      generation.put("generation", "reused the database of an earlier run (bench.reuse=true)");
    } else {
      String dataKey = KeyRing.newKey();
      String indexKey = KeyRing.newKey();
      SealingKeys.install(dataKey, indexKey);
      Properties stored = new Properties();
      stored.setProperty("data-key", dataKey);
      stored.setProperty("index-key", indexKey);
      try (Writer out = Files.newBufferedWriter(keys, StandardCharsets.UTF_8)) {
        stored.store(out, "sealing keys of the benchmark database " + settings.databaseName());
      }
      long t0 = System.nanoTime();
      Generator.recreate(settings);
      long t1 = System.nanoTime();
      facts = new Generator(settings, SealingKeys.ring()).generate(dataKey, indexKey);
      long t2 = System.nanoTime();
      Files.write(
          settings.target().resolve("bench-word-searches.txt"),
          facts.words().searches(),
          StandardCharsets.UTF_8);
      try (Connection c = db.getConnection();
          Statement s = c.createStatement()) {
        s.execute("ANALYZE TABLE case_file, case_event, case_word");
      }
      long t3 = System.nanoTime();
      generation.put("create + migrate (Flyway)", seconds(t1 - t0));
      generation.put(
          "load " + String.format("%,d cases + %,d events", facts.cases(), facts.events()),
          seconds(t2 - t1)
              + String.format(
                  " (%,.0f cases/s, %,.0f rows/s)",
                  facts.cases() / ((t2 - t1) / 1e9),
                  (facts.cases() + facts.events()) / ((t2 - t1) / 1e9)));
      generation.put("ANALYZE TABLE", seconds(t3 - t2));
    }

    var worker =
        new Viewer(
            facts.workerId(), Set.of(StaffRole.CASEWORKER), Set.of(facts.bigUnit()), Set.of());
    var tiny =
        new Viewer(
            facts.tinyWorkerId(), Set.of(StaffRole.CASEWORKER), Set.of(facts.tinyUnit()), Set.of());
    String[] search = searchPhone(db, facts.bigUnit());
    header(db, facts, generation, search);

    System.out.println("bench: explaining and timing the queue queries over JDBC");
    List<QueryPlans.Plan> plans =
        settings.queue()
            ? new QueryPlans(settings).run(worker, tiny, search[0], facts.words().searches())
            : List.of();
    queries(plans);
    if (settings.queue()) {
      wordIndexCost(db, facts);
    }
    Path file = settings.target().resolve("bench-report.txt");
    // written once here too, so that the query figures survive an interrupted HTTP part
    Files.writeString(file, report, StandardCharsets.UTF_8);

    StaffLoad.Result staff = settings.http() && settings.queue() ? http(db, facts, search) : null;
    Map<String, Object> results = new LinkedHashMap<>();
    if (staff != null) {
      results.put("staffAtWork", StaffReport.json(staff));
    }
    results.put("at", Instant.now().toString());
    results.put("machine", machine(db));
    results.put("cases", facts.cases());
    results.put("events", facts.events());
    if (!plans.isEmpty()) {
      List<Object> queries = new ArrayList<>();
      for (var plan : plans) {
        queries.add(
            Map.of(
                "scenario", plan.name(),
                "p50Ms", plan.timings().p50(),
                "p95Ms", plan.timings().p95(),
                "maxMs", plan.timings().max(),
                "fullScan", !plan.fullScans().isEmpty()));
      }
      results.put("queueQueries", queries);
    }
    if (settings.mails() > 0) {
      var mail = MailBench.run(settings, db, facts.dataKey(), facts.indexKey());
      results.put(
          "mail",
          Map.of(
              "mails", mail.mails(),
              "senders", settings.mailSenders(),
              "plainPerSecond", mail.plainPerSecond(),
              "kesherPerSecond", mail.kesherPerSecond(),
              "ratio", mail.kesherPerSecond() / mail.plainPerSecond()));
      line("");
      line(
          "Mail drain to a local SMTP server (SubEthaSMTP in the benchmark's JVM), %,d mails of"
              + " 2 parts (Hebrew, text + HTML), %d sending threads on each side",
          mail.mails(), settings.mailSenders());
      line("  %-52s %10s", "sender", "mails/s");
      line(
          "  %-52s %10.0f  (the limit)",
          "plain Jakarta Mail, a connection per thread", mail.plainPerSecond());
      line(
          "  %-52s %10.0f  %.2f of the limit, goal 200/s: %s",
          "Kesher: outbox drained by one node",
          mail.kesherPerSecond(),
          mail.kesherPerSecond() / mail.plainPerSecond(),
          mail.kesherPerSecond() >= 200 ? "ok" : "MISSED");
      line("  (first to last mail sent in %.1f s)", mail.drainSeconds());
    }
    List<IntakeBench.Result> intake = new ArrayList<>();
    if (settings.intake()) {
      List<Object> spreads = new ArrayList<>();
      for (String spread : settings.intakeSpreads()) {
        var r =
            IntakeBench.run(
                settings,
                db,
                facts.dataKey(),
                facts.indexKey(),
                spread.equals(BenchSettings.ONE_UNIT));
        intake(r);
        intake.add(r);
        spreads.add(IntakeResults.json(r));
      }
      results.put("intake", spreads);
    }
    List<IntakeBench.Start> starts = List.of();
    if (settings.startup()) {
      starts = IntakeBench.startup(settings, db, facts.dataKey(), facts.indexKey());
      startup(starts);
      results.put("startup", IntakeResults.json(starts));
    }
    if (!intake.isEmpty()) {
      Path chart = settings.target().resolve("bench-chart.html");
      Files.writeString(
          chart,
          IntakeChart.html(intake, starts, (String) results.get("machine")),
          StandardCharsets.UTF_8);
      System.out.println("bench: chart written to " + chart);
    }
    Path json = settings.target().resolve("bench-results.json");
    Files.writeString(json, IntakeBodies.json(results) + "\n", StandardCharsets.UTF_8);
    System.out.println("bench: results written to " + json);
    String text = report.toString();
    System.out.println();
    System.out.println(text);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    System.out.println("bench: report written to " + file);

    List<String> fullScans = plans.stream().flatMap(p -> p.fullScans().stream()).toList();
    if (!fullScans.isEmpty()) {
      throw new IllegalStateException(
          "BENCHMARK FAILED: a queue query scans all of case_file:\n"
              + String.join("\n", fullScans));
    }
  }

  private static String machine(DataSource db) throws SQLException {
    try (Connection c = db.getConnection()) {
      long memory = -1;
      try {
        for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
          if (l.startsWith("MemTotal:")) {
            memory = Long.parseLong(l.replaceAll("[^0-9]", "")) >> 20;
          }
        }
      } catch (java.io.IOException | NumberFormatException e) {
        // not Linux
      }
      return String.format(
          "%d cores, %d GiB, %s %s, Java %s, MariaDB %s (innodb_flush_log_at_trx_commit=%d,"
              + " sync_binlog=%d, buffer pool %d MB)",
          Runtime.getRuntime().availableProcessors(),
          memory,
          System.getProperty("os.name"),
          System.getProperty("os.version"),
          System.getProperty("java.version"),
          text(c, "SELECT VERSION()"),
          single(c, "SELECT @@innodb_flush_log_at_trx_commit"),
          single(c, "SELECT @@sync_binlog"),
          single(c, "SELECT @@innodb_buffer_pool_size") >> 20);
    }
  }

  private void intake(IntakeBench.Result r) {
    line("");
    line(
        "Intake, POST /api/v1/requests with %d bodies of %s (wrk), beside the limit:"
            + " plain JDBC writing the same rows in one transaction per request over a HikariCP"
            + " pool, a connection per thread. %d cases in the tables at the start of each level;"
            + " Kesher's pool: %s; Kesher ready in %.1f s, RSS %d MB idle, %d MB at the end of the"
            + " last level",
        r.bodies(),
        r.spread(),
        r.baselineCases(),
        r.poolSize(),
        r.kesherReadySeconds(),
        r.rssIdleKb() >> 10,
        r.rssLoadKb() >> 10);
    for (var w : r.warmups()) {
      line(
          "  warm-up of %s before the first level, 20 s rounds at 8 connections, until two"
              + " rounds in a row gained less than 5%% on the best before them: %s requests/s",
          w.side(), w.rounds().stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList());
    }
    line(
        "  %5s | %9s %8s %8s %7s | %9s %8s %8s %7s | %6s | %s",
        "conc.",
        "Kesher/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "limit/s",
        "p50 ms",
        "p99 ms",
        "errors",
        "ratio",
        "rows per request (events, mails, words, log, notices): Kesher / limit");
    for (var l : r.levels()) {
      List<Object> cells = new ArrayList<>(l.cells());
      cells.add(
          String.format(
              Locale.ROOT,
              "%.2f, %.2f, %.1f, %.2f, %.2f / %.2f, %.2f, %.1f, %.2f, %.2f",
              l.kesherRows().eventsPerCase(),
              l.kesherRows().mailsPerCase(),
              l.kesherRows().wordsPerCase(),
              l.kesherRows().logEntriesPerCase(),
              l.kesherRows().noticesPerCase(),
              l.limitRows().eventsPerCase(),
              l.limitRows().mailsPerCase(),
              l.limitRows().wordsPerCase(),
              l.limitRows().logEntriesPerCase(),
              l.limitRows().noticesPerCase()));
      line("  %5s | %9s %8s %8s %7s | %9s %8s %8s %7s | %6s | %s", cells.toArray());
    }
    double ratio = r.bestKesher() / r.bestLimit();
    line(
        "  best: Kesher %.0f/s at concurrency %d, the limit's best %.0f/s: ratio %.2f, goal 0.6: %s",
        r.bestKesher(), r.bestConcurrency(), r.bestLimit(), ratio, ratio >= 0.6 ? "ok" : "MISSED");
    var atEight = r.levels().stream().filter(l -> l.concurrency() == 8).findFirst();
    var last = r.levels().get(r.levels().size() - 1);
    if (atEight.isPresent() && last.concurrency() > 8) {
      double kept = last.kesher().perSecond() / atEight.get().kesher().perSecond();
      line(
          "  from 8 to %d connections Kesher keeps %.0f%% of its throughput; goal: no fall (90%%"
              + " or more, given the runs' noise): %s",
          last.concurrency(), kept * 100, kept >= 0.9 ? "ok" : "MISSED");
    }
    line(
        "  resident memory under load %d MB, goal under 700 MB: %s",
        r.rssLoadKb() >> 10, r.rssLoadKb() >> 10 < 700 ? "ok" : "MISSED");
    var h = r.halfRate();
    line(
        "  paced at half of Kesher's best (%.0f/s offered, %.0f/s achieved, %d connections): p50"
            + " %.1f ms, p99 %.1f ms, %d errors; goal p99 < 50 ms: %s",
        h.offeredPerSecond(),
        h.perSecond(),
        h.connections(),
        h.p50(),
        h.p99(),
        h.errors(),
        h.p99() < 50 ? "ok" : "MISSED");
    var f = r.refused();
    line(
        "  the floor: the same server refusing an unknown type (400) before any database work, at"
            + " concurrency %d: %.0f/s, p50 %.1f ms, p99 %.1f ms (%.2f of the limit's best)",
        f.connections(), f.perSecond(), f.p50(), f.p99(), f.perSecond() / r.bestLimit());
  }

  private void startup(List<IntakeBench.Start> starts) {
    line("");
    line(
        "Start-up: launching Payara Micro to /health/ready UP; RSS 3 s after, and the highest"
            + " during %d s of intake load at 64 connections",
        settings.startupLoadSeconds());
    line(
        "  %-48s %8s %10s %10s %8s  %s",
        "start", "ready s", "RSS idle", "RSS load", "load/s", "goal: < 10 s, < 700 MB under load");
    for (var s : starts) {
      line(
          "  %-48s %8.1f %7d MB %7d MB %8.0f  %s",
          s.name(),
          s.readySeconds(),
          s.rssIdleKb() >> 10,
          s.rssLoadKb() >> 10,
          s.load().perSecond(),
          (s.readySeconds() < 10 ? "ok" : "MISSED")
              + ", "
              + (s.rssLoadKb() >> 10 < 700 ? "ok" : "MISSED"));
      line("    JVM flags: %s", String.join(" ", s.flags()));
    }
  }

  private static String seconds(long nanos) {
    return String.format("%.1f s", nanos / 1e9);
  }

  /**
   * What the word index adds to an intake, besides computing the hashes: inserting a case's rows
   * (as many as the load's average) into the loaded index in one batch, inside the transaction, for
   * the newest cases, as intake appends them; rolled back after each.
   */
  private void wordIndexCost(DataSource db, Generator.Facts facts) throws SQLException {
    int perCase = (int) Math.round((double) facts.words().rows() / facts.cases());
    var timings = new Timings("word rows of one case", 500);
    var random = new java.util.SplittableRandom(7);
    try (Connection c =
            Generator.dataSource(
                    settings.url("rewriteBatchedStatements=true&useSSL=false&cachePrepStmts=true"),
                    settings.dbUser(),
                    settings.dbPassword())
                .getConnection();
        Statement s = c.createStatement()) {
      long newest = single(c, "SELECT MAX(id) FROM case_file");
      c.setAutoCommit(false);
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO case_word (case_id, word_hash, unit_id, created_at, case_open)"
                  + " VALUES (?, ?, ?, ?, TRUE)")) {
        for (int i = 0; i < 550; i++) {
          long caseId = newest - random.nextInt(1_000);
          var now = java.sql.Timestamp.from(java.time.Instant.now());
          for (int k = 0; k < perCase; k++) {
            insert.setLong(1, caseId);
            insert.setLong(2, random.nextLong());
            insert.setLong(3, facts.bigUnit());
            insert.setTimestamp(4, now);
            insert.addBatch();
          }
          long start = System.nanoTime();
          insert.executeBatch();
          long took = System.nanoTime() - start;
          c.rollback();
          if (i >= 50) {
            timings.add(took);
          }
        }
      }
      c.setAutoCommit(true);
    }
    var w = facts.words();
    line("");
    line("Word index at intake");
    line(
        "  %,d rows for %,d cases: %.1f per case on average, at most %d",
        w.rows(), facts.cases(), (double) w.rows() / facts.cases(), w.maxRowsPerCase());
    line(
        "  computing a case's word hashes (normalising, stems, HMAC-SHA256): %.0f µs on average",
        w.hashMicrosPerCase());
    line(
        "  inserting a case's %d rows in one batch into the loaded index: p50 %.2f ms, p95 %.2f ms",
        perCase, timings.p50(), timings.p95());
    if (w.indexBuildSeconds() > 0) {
      line("  building ix_case_word_unit_open after the load: %.1f s", w.indexBuildSeconds());
    }
  }

  /** The facts of a database generated by an earlier run. */
  private static Generator.Facts existing(
      DataSource db, String dataKey, String indexKey, List<String> searches) throws SQLException {
    try (Connection c = db.getConnection()) {
      return new Generator.Facts(
          single(c, "SELECT id FROM community_unit WHERE code = '" + Generator.BIG_UNIT + "'"),
          single(c, "SELECT id FROM community_unit WHERE code = '" + Generator.TINY_UNIT + "'"),
          single(c, "SELECT id FROM staff_account WHERE username = '" + Generator.WORKER + "'"),
          single(
              c, "SELECT id FROM staff_account WHERE username = '" + Generator.TINY_WORKER + "'"),
          single(c, "SELECT COUNT(*) FROM case_file"),
          single(c, "SELECT COUNT(*) FROM case_event"),
          dataKey,
          indexKey,
          new Generator.WordIndexFacts(
              single(c, "SELECT COUNT(*) FROM case_word"),
              (int)
                  single(
                      c,
                      "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM case_word GROUP BY case_id)"
                          + " AS counts"),
              0,
              0,
              searches));
    }
  }

  private static long single(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      if (!r.next()) {
        throw new IllegalStateException("no row: " + sql);
      }
      return r.getLong(1);
    }
  }

  private static String text(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getString(1);
    }
  }

  /**
   * A requester's phone number, as staff would type it, with an open standard case in the big unit;
   * and that case's reference.
   */
  private String[] searchPhone(DataSource db, long unit) throws SQLException {
    var ring = SealingKeys.ring();
    try (Connection c = db.getConnection()) {
      for (int from = 1_000; from < settings.requesters(); from += 500) {
        Map<String, Integer> byIndex = new LinkedHashMap<>();
        for (int k = from; k < Math.min(from + 500, settings.requesters()); k++) {
          byIndex.put(ring.blindIndex(Normalised.phone(Generator.phone(k))), k);
        }
        String in = String.join(",", byIndex.keySet().stream().map(i -> "?").toList());
        try (PreparedStatement s =
            c.prepareStatement(
                "SELECT requester_phone_bidx, MIN(reference) FROM case_file WHERE unit_id = ?"
                    + " AND status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')"
                    + " AND confidentiality <> 'SEALED' AND requester_phone_bidx IN ("
                    + in
                    + ") GROUP BY requester_phone_bidx LIMIT 1")) {
          s.setLong(1, unit);
          int p = 2;
          for (String index : byIndex.keySet()) {
            s.setString(p++, index);
          }
          try (ResultSet r = s.executeQuery()) {
            if (r.next()) {
              return new String[] {Generator.phone(byIndex.get(r.getString(1))), r.getString(2)};
            }
          }
        }
      }
    }
    throw new IllegalStateException("no open case in the big unit has a requester's phone");
  }

  private void header(
      DataSource db, Generator.Facts facts, Map<String, String> generation, String[] search)
      throws SQLException {
    try (Connection c = db.getConnection()) {
      line("Kesher queue benchmark, " + Instant.now());
      line(
          "MariaDB %s, innodb_buffer_pool_size %d MB, %d cores, database %s",
          text(c, "SELECT VERSION()"),
          single(c, "SELECT @@innodb_buffer_pool_size") / (1024 * 1024),
          Runtime.getRuntime().availableProcessors(),
          settings.databaseName());
      line("");
      line("Data");
      line(
          "  %,d cases, %,d case events, %,d staff accounts, %,d units",
          facts.cases(),
          facts.events(),
          single(c, "SELECT COUNT(*) FROM staff_account"),
          single(c, "SELECT COUNT(*) FROM community_unit"));
      String open = "status IN ('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_FOR_RESIDENT')";
      line(
          "  all units: %,d open cases", single(c, "SELECT COUNT(*) FROM case_file WHERE " + open));
      for (long unit : new long[] {facts.bigUnit(), facts.tinyUnit()}) {
        line(
            "  unit %s (id %d, %d members): %,d cases, %,d open",
            text(c, "SELECT code FROM community_unit WHERE id = " + unit),
            unit,
            single(c, "SELECT COUNT(*) FROM unit_membership WHERE unit_id = " + unit),
            single(c, "SELECT COUNT(*) FROM case_file WHERE unit_id = " + unit),
            single(c, "SELECT COUNT(*) FROM case_file WHERE unit_id = " + unit + " AND " + open));
      }
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery(
                  "SELECT table_name, data_length, index_length FROM information_schema.tables"
                      + " WHERE table_schema = DATABASE() AND table_name IN ('case_file',"
                      + " 'case_event', 'case_word') ORDER BY table_name")) {
        while (r.next()) {
          line(
              "  %s: %,d MB data, %,d MB indexes",
              r.getString(1), r.getLong(2) >> 20, r.getLong(3) >> 20);
        }
      }
      line(
          "  viewer: %s (CASEWORKER, member of the big unit); baseline viewer: %s (tiny unit)",
          Generator.WORKER, Generator.TINY_WORKER);
      line("  search: phone %s (finds %s)", search[0], search[1]);
      List<String> words = facts.words().searches();
      line(
          "  word searches: %d pairs from cases of the big unit, e.g. %s",
          words.size(), words.subList(0, Math.min(5, words.size())));
      line("");
      line("Generation");
      generation.forEach((k, v) -> line("  %-45s %s", k, v));
    }
  }

  private void queries(List<QueryPlans.Plan> plans) {
    line("");
    line(
        "Queries over JDBC (the application's SQL from EclipseLink, every statement of a scenario"
            + " run in turn and timed together; %d runs after %d warm-ups)",
        settings.queryRuns(), settings.queryWarmups());
    line(
        "  %-32s %8s %8s %8s %6s  %s",
        "scenario",
        "p50 ms",
        "p95 ms",
        "max ms",
        "stmts",
        "goal p95 < " + (int) QUERY_GOAL_MS + " ms (dashboard < " + (int) DASHBOARD_GOAL_MS + ")");
    for (var plan : plans) {
      var t = plan.timings();
      double goal = plan.name().startsWith("dashboard") ? DASHBOARD_GOAL_MS : QUERY_GOAL_MS;
      line(
          "  %-32s %8.2f %8.2f %8.2f %6d  %s",
          plan.name(),
          t.p50(),
          t.p95(),
          t.max(),
          plan.steps().size(),
          t.p95() < goal ? "ok" : "MISSED");
    }
    line("");
    line("EXPLAIN (and ANALYZE: r_rows = rows actually read), SQL with its values written in");
    for (var plan : plans) {
      line(
          "  %s%s", plan.name(), plan.fullScans().isEmpty() ? "" : "   <-- FULL SCAN OF case_file");
      int k = 1;
      for (var step : plan.steps()) {
        line("    %d. %s  -> %d rows", k++, step.sql(), step.resultRows());
        line("       plan:    %s", plan.summary(step.explain()));
        line("       analyze: %s", plan.summary(step.analyze()));
      }
    }
  }

  private StaffLoad.Result http(DataSource db, Generator.Facts facts, String[] search)
      throws Exception {
    System.out.println("bench: starting Payara Micro");
    List<Timings> results = new ArrayList<>();
    Map<String, Long> badges;
    Map<String, Long> tinyBadges;
    StaffLoad.Result staff = null;
    try (var server =
        HttpBench.start(
            settings,
            facts.dataKey(),
            facts.indexKey(),
            List.of("-Dkesher.submissions-per-hour=1000000"))) {
      System.out.println("bench: timing /health/ready");
      results.add(server.health());
      var tinySession = server.logIn(Generator.TINY_WORKER);
      var session = server.logIn(Generator.WORKER);
      System.out.println("bench: timing the queue page");
      var tinyPage = server.queuePage("queue page OPEN, tiny unit", tinySession, "OPEN");
      results.add(tinyPage.timings());
      var page = server.queuePage("queue page OPEN, big unit", session, "OPEN");
      results.add(page.timings());
      badges = page.badges();
      tinyBadges = tinyPage.badges();
      System.out.println("bench: timing the search");
      results.addAll(server.search(session, search[0], search[1]));
      if (settings.staffSessions() > 0) {
        System.out.printf(
            "bench: %d staff members at work beside intake%n", settings.staffSessions());
        staff = StaffLoad.run(settings, db, server, facts.words().searches());
      }
    }
    line("");
    line(
        "HTTP, one logged-in client, one request at a time (%d runs after %d warm-ups; search %d)",
        settings.pageRuns(), settings.pageWarmups(), settings.searchRuns());
    line(
        "  %-36s %8s %8s %8s  %s",
        "request", "p50 ms", "p95 ms", "max ms", "goal p95 < " + (int) PAGE_GOAL_MS + " ms");
    for (var t : results) {
      boolean baseline = t.name().contains("health") || t.name().contains("tiny");
      line(
          "  %-36s %8.1f %8.1f %8.1f  %s",
          t.name(),
          t.p50(),
          t.p95(),
          t.max(),
          baseline ? "(baseline)" : t.p95() < PAGE_GOAL_MS ? "ok" : "MISSED");
    }
    line("  badges on the big unit's page: %s", badges);
    line("  badges on the tiny unit's page: %s", tinyBadges);
    if (staff != null) {
      line("");
      StaffReport.describe(settings, staff, PAGE_GOAL_MS, this::line);
    }
    return staff;
  }

  private void line(String format, Object... args) {
    report.append(args.length == 0 ? format : String.format(format, args)).append('\n');
  }
}
