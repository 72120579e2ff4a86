package org.kesher.bench;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A department at work: {@code bench.staff-sessions} caseworkers of the generated units (drawn as
 * the units' sizes fall, so most work in the big units) logged in at once, each in their own
 * session, going round their day's steps with a pause between requests: their unit's open queue, a
 * search of it, a case from it, a note on that case. Beside them wrk sends intake at a steady rate.
 * Every request is timed; the goal is each member's p95 under 200 ms.
 */
final class StaffLoad {

  private static final Pattern CASE_LINK = Pattern.compile("case\\.xhtml\\?ref=([A-Za-z0-9-]+)");

  /** The class of PrimeFaces' error messages: the note's page when the case changed meanwhile. */
  private static final String CONFLICT = "ui-messages-error";

  /** The steps of a staff member's round, in order. */
  static final List<String> STEPS =
      List.of("queue page (open cases)", "search (full POST)", "case page", "note (POST)");

  /** One member's figures: every request of theirs, and per step. */
  record Member(String username, long unitId, Timings all) {}

  /** What the run measured. */
  record Result(
      List<Member> members,
      Map<String, Timings> steps,
      IntakeBench.Wrk intake,
      long errors,
      long conflicts,
      String firstError,
      double seconds) {}

  private final BenchSettings settings;
  private final HttpBench server;
  private final List<String> searches;
  // filled before the members' threads start, only read by them
  private final Map<String, Timings> steps = new LinkedHashMap<>();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong conflicts = new AtomicLong();
  private final AtomicReference<String> firstError = new AtomicReference<>();
  private volatile long measuredFrom;
  private volatile long until;

  private StaffLoad(BenchSettings settings, HttpBench server, List<String> searches) {
    this.settings = settings;
    this.server = server;
    this.searches = searches;
  }

  /**
   * Runs the members' work beside intake for the warm-up and the measured time; the rows the run
   * wrote (intake's cases, the notes, their log entries) are deleted afterwards.
   */
  static Result run(BenchSettings settings, DataSource db, HttpBench server, List<String> searches)
      throws Exception {
    return new StaffLoad(settings, server, searches).run(db);
  }

  private Result run(DataSource db) throws Exception {
    List<String[]> chosen = members(db, settings.staffSessions());
    long caseBaseline = max(db, "SELECT COALESCE(MAX(id), 0) FROM case_file");
    long eventBaseline = max(db, "SELECT COALESCE(MAX(id), 0) FROM case_event");
    long entryBaseline = max(db, "SELECT COALESCE(MAX(id), 0) FROM access_entry");
    long noticeBaseline = max(db, "SELECT COALESCE(MAX(id), 0) FROM staff_notice");
    Path bodies = settings.target().resolve("bench-staff-intake-bodies.lua");
    IntakeBench.writeBodies(bodies, IntakeBodies.all(20));
    Duration warmup = Duration.ofSeconds(settings.staffWarmupSeconds());
    Duration measured = Duration.ofSeconds(settings.staffSeconds());
    int capacity = settings.staffSeconds() * 10 + 100;
    for (String step : STEPS) {
      steps.put(step, Timings.shared(step, capacity * chosen.size()));
    }
    long start = System.nanoTime();
    measuredFrom = start + warmup.toNanos();
    until = measuredFrom + measured.toNanos();
    Queue<Member> done = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      String[] m = chosen.get(i);
      var member = new Member(m[0], Long.parseLong(m[1]), Timings.shared(m[0], capacity));
      long seed = 7919L * (i + 1);
      Thread t = new Thread(() -> work(member, new Random(seed), done), "staff-" + m[0]);
      threads.add(t);
      t.start();
    }
    // intake for the whole time, paced; its own warm-up is the members' warm-up
    var intakeResult = new AtomicReference<IntakeBench.Wrk>();
    var warmIntake = new AtomicReference<Exception>();
    Thread intake =
        new Thread(
            () -> {
              try {
                String url = server.base().resolve("api/v1/requests").toString();
                Path script = settings.baseDir().resolve("src/bench/resources/intake.lua");
                IntakeBench.wrk(script, url, bodies, 8, warmup, settings.staffIntakeRate());
                intakeResult.set(
                    IntakeBench.wrk(script, url, bodies, 8, measured, settings.staffIntakeRate()));
              } catch (Exception e) {
                warmIntake.set(e);
              }
            },
            "staff-load-intake");
    intake.start();
    for (Thread t : threads) {
      t.join();
    }
    intake.join();
    if (warmIntake.get() != null) {
      throw warmIntake.get();
    }
    double seconds = (System.nanoTime() - measuredFrom) / 1e9;
    cleanUp(db, caseBaseline, eventBaseline, entryBaseline, noticeBaseline);
    List<Member> members = new ArrayList<>(done);
    members.sort((a, b) -> Double.compare(b.all().p95(), a.all().p95()));
    return new Result(
        members,
        steps,
        intakeResult.get(),
        errors.get(),
        conflicts.get(),
        firstError.get(),
        seconds);
  }

  /** One member's day: log in, then rounds of the four steps until the time is up. */
  private void work(Member member, Random random, Queue<Member> done) {
    try {
      // the logins spread over the first seconds, as people arrive
      Thread.sleep(random.nextInt(3_000));
      var session = server.logIn(member.username());
      int round = 0;
      while (System.nanoTime() < until) {
        round++;
        String queuePath = "staff/index.xhtml?queue=OPEN";
        var queue = timed(member, 0, () -> session.get(queuePath), "id=\"queue-OPEN\"");
        think(random);
        Map<String, String> search = new LinkedHashMap<>();
        search.put("queue", "queue");
        search.put("queue:search", searches.get(random.nextInt(searches.size())));
        search.put("queue:status", "");
        search.put("queue:filter", "");
        if (queue != null) {
          timed(member, 1, () -> session.submit(queuePath, queue, search), "id=\"queue-OPEN\"");
          think(random);
        }
        String reference = queue == null ? null : pick(queue.body(), random);
        if (reference == null) {
          continue;
        }
        String casePath = "staff/case.xhtml?ref=" + reference;
        var page = timed(member, 2, () -> session.get(casePath), "case-reference");
        think(random);
        if (page == null) {
          continue;
        }
        String note = "bench note " + member.username() + " " + round;
        timed(
            member,
            3,
            () ->
                session.submit(
                    casePath, page, Map.of("case", "case", "case:text", note, "case:note", "")),
            note);
        think(random);
      }
    } catch (Exception e) {
      failed(member.username() + ": " + e);
    } finally {
      done.add(member);
    }
  }

  private interface Call {
    HttpResponse<String> send() throws Exception;
  }

  /** Times one request; counts it when the measured time has begun. Null when it failed. */
  private HttpResponse<String> timed(Member member, int step, Call call, String expected)
      throws Exception {
    long t0 = System.nanoTime();
    HttpResponse<String> response = call.send();
    long t1 = System.nanoTime();
    boolean good = response.statusCode() == 200 && response.body().contains(expected);
    if (t0 >= measuredFrom && t1 <= until) {
      member.all().add(t1 - t0);
      steps.get(STEPS.get(step)).add(t1 - t0);
      if (!good
          && step == 3
          && response.statusCode() == 200
          && response.body().contains(CONFLICT)) {
        // another member noted the same case a moment before: the page says so, as it should
        conflicts.incrementAndGet();
      } else if (!good) {
        failed(
            member.username()
                + " "
                + STEPS.get(step)
                + ": "
                + response.statusCode()
                + " without "
                + expected);
      }
    }
    return good ? response : null;
  }

  private void failed(String what) {
    errors.incrementAndGet();
    firstError.compareAndSet(null, what);
  }

  private void think(Random random) throws InterruptedException {
    int low = settings.staffThinkMillis().get(0);
    int high = settings.staffThinkMillis().get(settings.staffThinkMillis().size() - 1);
    long pause = low + (high > low ? random.nextInt(high - low) : 0);
    long left = (until - System.nanoTime()) / 1_000_000;
    Thread.sleep(Math.max(0, Math.min(pause, left)));
  }

  private static String pick(String body, Random random) {
    List<String> references = new ArrayList<>();
    Matcher m = CASE_LINK.matcher(body);
    while (m.find()) {
      references.add(m.group(1));
    }
    return references.isEmpty() ? null : references.get(random.nextInt(references.size()));
  }

  /**
   * Caseworkers of the generated units, drawn at random (a fixed seed) among all of them: as many
   * come from a unit as it has members, so the big units give most.
   *
   * @return username and unit id of each
   */
  private static List<String[]> members(DataSource db, int count) throws SQLException {
    List<String[]> all = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT a.username, m.unit_id FROM staff_account a"
                    + " JOIN staff_role r ON r.staff_id = a.id AND r.role = 'CASEWORKER'"
                    + " JOIN unit_membership m ON m.staff_id = a.id AND m.member_role = 'MEMBER'"
                    + " WHERE a.username LIKE 'staff.%' ORDER BY a.id")) {
      while (r.next()) {
        all.add(new String[] {r.getString(1), r.getString(2)});
      }
    }
    Collections.shuffle(all, new Random(42));
    if (all.size() < count) {
      throw new IllegalStateException(
          "the staff load needs " + count + " caseworkers; the database has " + all.size());
    }
    return all.subList(0, count);
  }

  private static long max(DataSource db, String sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The intake's cases, the notes and the log entries and notices of the run go again. */
  private static void cleanUp(DataSource db, long cases, long events, long entries, long notices)
      throws Exception {
    IntakeBench.cleanUp(db, cases);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM case_event WHERE id > " + events);
      s.executeUpdate("DELETE FROM access_entry WHERE id > " + entries);
      s.executeUpdate("DELETE FROM staff_notice WHERE id > " + notices);
    }
  }
}
