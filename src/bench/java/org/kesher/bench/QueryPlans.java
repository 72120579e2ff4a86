package org.kesher.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.kesher.cases.control.CaseQueries;
import org.kesher.cases.control.Queue;
import org.kesher.cases.control.QueueFilter;
import org.kesher.cases.control.Viewer;

/**
 * The queue page's queries as the application builds them (its JPQL through EclipseLink, outside
 * the server), captured with their bound values, then explained, analysed and timed over JDBC.
 */
final class QueryPlans {

  private static final Pattern CASE_FILE_ALIAS =
      Pattern.compile("(?i)\\bcase_file\\s+(?:AS\\s+)?(\\w+)");

  /** One statement of a scenario, explained and analysed, with the rows it returned. */
  record Step(
      String sql,
      List<Map<String, String>> explain,
      List<Map<String, String>> analyze,
      int resultRows) {}

  /**
   * One scenario's findings: every statement it runs on its database, each explained; timed as the
   * sum of all of them run one after the other, as the application runs them.
   */
  record Plan(String name, List<Step> steps, List<String> fullScans, Timings timings) {

    String summary(List<Map<String, String>> rows) {
      List<String> parts = new ArrayList<>();
      for (var row : rows) {
        parts.add(
            row.get("table")
                + " type="
                + row.get("type")
                + " key="
                + row.get("key")
                + " rows="
                + row.get("rows")
                + (row.containsKey("r_rows") ? " r_rows=" + row.get("r_rows") : "")
                + (row.get("Extra") == null ? "" : " (" + row.get("Extra") + ")"));
      }
      return String.join(" | ", parts);
    }
  }

  private final BenchSettings settings;

  QueryPlans(BenchSettings settings) {
    this.settings = settings;
  }

  List<Plan> run(Viewer worker, Viewer tiny, String searchPhone, List<String> wordSearches)
      throws Exception {
    DataSource plain =
        Generator.dataSource(
            settings.url("useSSL=false&cachePrepStmts=true"),
            settings.dbUser(),
            settings.dbPassword());
    var recording = new RecordingDataSource(plain);
    Map<String, Object> properties = new HashMap<>();
    properties.put("jakarta.persistence.nonJtaDataSource", recording.dataSource());
    properties.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
    EntityManagerFactory factory =
        Persistence.createEntityManagerFactory("kesher-queries", properties);
    List<Plan> plans = new ArrayList<>();
    try (Connection c = plain.getConnection()) {
      EntityManager em = factory.createEntityManager();
      CaseQueries queries = new CaseQueries();
      var field = CaseQueries.class.getDeclaredField("em");
      field.setAccessible(true);
      field.set(queries, em);

      Map<String, Function<CaseQueries, Object>> scenarios = new LinkedHashMap<>();
      scenarios.put(
          "OPEN page 1, newest first",
          q -> q.queue(worker, QueueFilter.of(Queue.OPEN), CaseQueries.Order.NEWEST, 0, 25));
      scenarios.put(
          "OPEN page 1, due first",
          q -> q.queue(worker, QueueFilter.of(Queue.OPEN), CaseQueries.Order.DUE_FIRST, 0, 25));
      scenarios.put(
          "OPEN page 40 (offset 975)",
          q -> q.queue(worker, QueueFilter.of(Queue.OPEN), CaseQueries.Order.NEWEST, 975, 25));
      for (Queue queue : Queue.values()) {
        scenarios.put("count " + queue, q -> q.count(worker, QueueFilter.of(queue)));
      }
      QueueFilter search = new QueueFilter(Queue.OPEN, null, null, null, searchPhone);
      scenarios.put(
          "search by phone, page 1", q -> q.queue(worker, search, CaseQueries.Order.NEWEST, 0, 25));
      scenarios.put("search by phone, count", q -> q.count(worker, search));
      scenarios.put(
          "tiny unit: OPEN page 1",
          q -> q.queue(tiny, QueueFilter.of(Queue.OPEN), CaseQueries.Order.NEWEST, 0, 25));
      scenarios.put("tiny unit: count OPEN", q -> q.count(tiny, QueueFilter.of(Queue.OPEN)));
      scenarios.put("badges of all five queues", q -> q.badges(worker, null));

      scenarios.put(
          "ALL page 1, newest first",
          q -> q.queue(worker, QueueFilter.of(Queue.ALL), CaseQueries.Order.NEWEST, 0, 25));
      scenarios.put(
          "CLOSED page 1, newest first",
          q -> q.queue(worker, QueueFilter.of(Queue.CLOSED), CaseQueries.Order.NEWEST, 0, 25));
      QueueFilter allPhone = new QueueFilter(Queue.ALL, null, null, null, searchPhone);
      scenarios.put(
          "phone, ALL: page 1 + count",
          q -> {
            q.queue(worker, allPhone, CaseQueries.Order.NEWEST, 0, 25);
            return q.count(worker, allPhone);
          });

      for (var scenario : scenarios.entrySet()) {
        recording.drain();
        scenario.getValue().apply(queries);
        em.clear();
        var statements = recording.drain();
        if (statements.stream().noneMatch(s -> CASE_FILE_ALIAS.matcher(s.sql()).find())) {
          throw new IllegalStateException("no case_file query in " + scenario.getKey());
        }
        plans.add(plan(c, scenario.getKey(), statements));
      }
      plans.addAll(dashboard(c, em, recording, worker));
      // two-word searches, a different one each run: as a caseworker types them
      for (Queue queue : List.of(Queue.ALL, Queue.OPEN)) {
        Map<String, java.util.function.BiFunction<CaseQueries, QueueFilter, Object>> parts =
            new LinkedHashMap<>();
        parts.put("page 1", (q, f) -> q.queue(worker, f, CaseQueries.Order.NEWEST, 0, 25));
        parts.put("count", (q, f) -> q.count(worker, f));
        parts.put(
            "page 1 + count",
            (q, f) -> {
              q.queue(worker, f, CaseQueries.Order.NEWEST, 0, 25);
              return q.count(worker, f);
            });
        for (var part : parts.entrySet()) {
          List<List<RecordingDataSource.Statement>> runs = new ArrayList<>();
          for (String words : wordSearches) {
            recording.drain();
            part.getValue().apply(queries, new QueueFilter(queue, null, null, null, words));
            em.clear();
            runs.add(recording.drain());
          }
          plans.add(
              rotating(
                  c,
                  "2 words, " + queue + ": " + part.getKey() + " (" + runs.size() + " searches)",
                  runs));
        }
      }
      em.close();
    } finally {
      factory.close();
    }
    return plans;
  }

  /**
   * The dashboard's figures over the last twelve weeks, each one scenario: for a department manager
   * (every unit) and for the head of the big unit.
   */
  private List<Plan> dashboard(
      Connection c, EntityManager em, RecordingDataSource recording, Viewer worker)
      throws Exception {
    var dashboard = new org.kesher.reporting.control.Dashboard();
    var field = org.kesher.reporting.control.Dashboard.class.getDeclaredField("em");
    field.setAccessible(true);
    field.set(dashboard, em);
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Jerusalem"));
    var filter =
        new org.kesher.reporting.control.Dashboard.Filter(today.minusWeeks(12), today, null, null);
    java.time.Instant now = java.time.Instant.now();
    List<Plan> plans = new ArrayList<>();
    for (var scope :
        List.of(
            new org.kesher.cases.control.CaseVisibility.ReportScope(true, Set.of()),
            new org.kesher.cases.control.CaseVisibility.ReportScope(false, worker.memberOf()))) {
      String who = scope.allUnits() ? "manager" : "head of the big unit";
      Map<String, Function<org.kesher.reporting.control.Dashboard, Object>> figures =
          new LinkedHashMap<>();
      figures.put("open by unit and status", d -> d.openByUnitAndStatus(scope, filter));
      figures.put("new by type and week", d -> d.newByTypeAndWeek(scope, filter));
      figures.put("target compliance", d -> d.compliance(scope, filter, now));
      figures.put("hours to first response", d -> d.hoursToFirstResponse(scope, filter));
      figures.put("hours to resolution", d -> d.hoursToResolution(scope, filter));
      figures.put("by locality", d -> d.byLocality(scope, filter));
      figures.put("backlog by age", d -> d.backlogByAge(scope, filter, now));
      for (var figure : figures.entrySet()) {
        recording.drain();
        figure.getValue().apply(dashboard);
        em.clear();
        plans.add(plan(c, "dashboard, " + who + ": " + figure.getKey(), recording.drain()));
      }
    }
    return plans;
  }

  private Plan plan(Connection c, String name, List<RecordingDataSource.Statement> statements)
      throws Exception {
    return rotating(c, name, List.of(statements));
  }

  /**
   * Explains the first run's statements and times every run in turn, round and round: each of
   * {@code runs} is the statements of one call (one search, say).
   */
  private Plan rotating(Connection c, String name, List<List<RecordingDataSource.Statement>> runs)
      throws Exception {
    List<RecordingDataSource.Statement> statements = runs.get(0);
    List<Step> steps = new ArrayList<>();
    List<String> fullScans = new ArrayList<>();
    for (var statement : statements) {
      List<Map<String, String>> explain = rows(c, statement, "EXPLAIN ");
      List<Map<String, String>> analyze = rows(c, statement, "ANALYZE ");
      Set<String> aliases = new HashSet<>();
      Matcher m = CASE_FILE_ALIAS.matcher(statement.sql());
      while (m.find()) {
        aliases.add(m.group(1));
      }
      aliases.add("case_file");
      for (var row : explain) {
        if (aliases.contains(row.get("table")) && "ALL".equals(row.get("type"))) {
          fullScans.add(name + ": full scan of case_file (" + row + ")");
        }
      }
      steps.add(new Step(statement.literal(), explain, analyze, 0));
    }
    int[] resultRows = new int[statements.size()];
    int measured = Math.max(settings.queryRuns(), runs.size() == 1 ? 0 : 2 * runs.size());
    var timings = new Timings(name, measured);
    List<List<PreparedStatement>> prepared = new ArrayList<>();
    try {
      for (var run : runs) {
        List<PreparedStatement> one = new ArrayList<>();
        prepared.add(one);
        for (var statement : run) {
          one.add(statement.prepare(c, ""));
        }
      }
      for (int i = 0; i < settings.queryWarmups() + measured; i++) {
        List<PreparedStatement> run = prepared.get(i % prepared.size());
        long start = System.nanoTime();
        for (int k = 0; k < run.size(); k++) {
          int n = 0;
          try (ResultSet rows = run.get(k).executeQuery()) {
            while (rows.next()) {
              rows.getObject(1);
              n++;
            }
          }
          if (run == prepared.get(0)) {
            resultRows[k] = n;
          }
        }
        long took = System.nanoTime() - start;
        if (i >= settings.queryWarmups()) {
          timings.add(took);
        }
      }
    } finally {
      for (var run : prepared) {
        for (PreparedStatement s : run) {
          s.close();
        }
      }
    }
    List<Step> counted = new ArrayList<>();
    for (int k = 0; k < steps.size(); k++) {
      Step step = steps.get(k);
      counted.add(new Step(step.sql(), step.explain(), step.analyze(), resultRows[k]));
    }
    return new Plan(name, counted, fullScans, timings);
  }

  private static List<Map<String, String>> rows(
      Connection c, RecordingDataSource.Statement statement, String prefix) throws Exception {
    List<Map<String, String>> rows = new ArrayList<>();
    try (PreparedStatement s = statement.prepare(c, prefix);
        ResultSet r = s.executeQuery()) {
      ResultSetMetaData meta = r.getMetaData();
      while (r.next()) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i), r.getString(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
