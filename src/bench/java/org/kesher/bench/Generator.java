package org.kesher.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.kesher.app.control.SchemaMigration;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.Normalised;
import org.kesher.testing.StaffBrowserSession;

/**
 * Fills a fresh, migrated database with staff, cases and their timelines by batched multi-row
 * INSERTs (Connector/J's rewriteBatchedStatements), not through the application. Requester details
 * are sealed and blind-indexed with the run's own keys, from a pool of distinct requesters that
 * come back with several requests each.
 */
final class Generator {

  static final String WORKER = "bench.worker";
  static final String TINY_WORKER = "bench.tiny";
  static final String PASSWORD = "Bench-Password-1";

  /** The unit most cases go to (Rights and Information Center) and the one with very few. */
  static final String BIG_UNIT = "RIGHTS_CENTER";

  static final String TINY_UNIT = "SENIORS";

  private static final int BATCH = 2_000;
  private static final String[] OPEN = {"NEW", "ASSIGNED", "IN_PROGRESS", "WAITING_FOR_RESIDENT"};
  private static final String[] FIRST_NAMES = {
    "יוסי", "מרים", "אחמד", "פאטמה", "David", "Sarah", "נועה", "מוחמד", "רחל", "Lina", "אבי",
    "סמיר", "Tamar", "Omar", "דנה", "Yael", "חנה", "עלי", "Michael", "Rania"
  };
  private static final String[] LAST_NAMES = {
    "כהן", "לוי", "מזרחי", "חדאד", "Peretz", "Biton", "אבו-ריא", "Dahan", "פרידמן", "Nasser",
    "אגבאריה", "Shapiro", "גולן", "Khoury", "Azulay", "ברק"
  };

  /** What the HTTP and query benchmarks need to know about the generated data. */
  record Facts(
      long bigUnit,
      long tinyUnit,
      long workerId,
      long tinyWorkerId,
      long cases,
      long events,
      String dataKey,
      String indexKey,
      WordIndexFacts words) {}

  /**
   * What the word index holds and cost: its rows, the time to compute a case's hashes as intake
   * does (uncached, on a sample), the time to build its search index after the load, and two-word
   * searches taken from cases of the big unit (a word of the street and one of the description).
   */
  record WordIndexFacts(
      long rows,
      int maxRowsPerCase,
      double hashMicrosPerCase,
      double indexBuildSeconds,
      List<String> searches) {}

  private record Unit(long id, String code) {}

  private record Type(
      long id, String code, String confidentiality, int firstResponseHours, int resolutionHours) {}

  private record Route(Type type, Long locality) {}

  private record Requester(
      byte[] name,
      byte[] phone,
      byte[] email,
      String nameIndex,
      String phoneIndex,
      String emailIndex) {}

  private final BenchSettings settings;
  private final KeyRing ring;
  private final CaseTexts texts;
  private long wordRows;
  private int maxWordRows;
  private long hashNanos;
  private int hashSamples;
  private final List<String> searches = new ArrayList<>();
  private long bigUnit;
  private final SplittableRandom random = new SplittableRandom(20_260_401L);

  Generator(BenchSettings settings, KeyRing ring) {
    this.settings = settings;
    this.ring = ring;
    this.texts = new CaseTexts(ring, 20_261_204L);
  }

  static DataSource dataSource(String url, String user, String password) {
    var dataSource = new MysqlDataSource();
    dataSource.setURL(url);
    dataSource.setUser(user);
    dataSource.setPassword(password);
    return dataSource;
  }

  /** A deterministic Israeli mobile number for requester {@code k}, as a resident types it. */
  static String phone(int k) {
    return String.format("05%d-%07d", k % 9, k);
  }

  /** Drops and creates the database and migrates it with the application's own migrations. */
  static void recreate(BenchSettings settings) throws SQLException {
    String name = settings.databaseName();
    if (!name.matches("[A-Za-z0-9_]+")) {
      throw new IllegalArgumentException("not a plain database name: " + name);
    }
    try (Connection c =
            dataSource(settings.serverUrl(), settings.dbUser(), settings.dbPassword())
                .getConnection();
        Statement sql = c.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + name);
      sql.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
    }
    SchemaMigration.migrate(dataSource(settings.dbUrl(), settings.dbUser(), settings.dbPassword()));
  }

  Facts generate(String dataKey, String indexKey) throws Exception {
    DataSource dataSource =
        dataSource(
            settings.url("rewriteBatchedStatements=true&useSSL=false&cachePrepStmts=true"),
            settings.dbUser(),
            settings.dbPassword());
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SET SESSION unique_checks = 0");
        s.execute("SET SESSION foreign_key_checks = 0");
      }
      List<Unit> units = units(c);
      Map<Long, List<Route>> routes = routes(c);
      long big = units.stream().filter(u -> u.code().equals(BIG_UNIT)).findFirst().get().id();
      bigUnit = big;
      long tiny = units.stream().filter(u -> u.code().equals(TINY_UNIT)).findFirst().get().id();
      double[] weights = weights(units, big, tiny);

      Map<Long, List<Long>> members = new HashMap<>();
      long[] ids = staff(c, units, weights, big, tiny, members);

      long started = System.nanoTime();
      List<Requester> requesters = requesters(settings.requesters());
      System.out.printf(
          "bench: sealed %,d requesters (name, phone, email and their blind indexes) in %.1f s%n",
          requesters.size(), (System.nanoTime() - started) / 1e9);

      try (Statement s = c.createStatement()) {
        // built once after the load (sorted) rather than entry by entry in random order
        s.execute("DROP INDEX ix_case_word_unit_open ON case_word");
      }
      long[] counts = cases(c, units, weights, routes, members, requesters);
      long indexStart = System.nanoTime();
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE INDEX ix_case_word_unit_open ON case_word"
                + " (word_hash, unit_id, case_open, created_at, case_id)");
      }
      double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
      System.out.printf("bench: word index built in %.1f s%n", indexSeconds);
      try (Statement s = c.createStatement()) {
        // JPA's table generators continue above the ids used here
        s.executeUpdate(
            "UPDATE id_sequence SET seq_count = "
                + (1_000 + counts[2] + 1_000)
                + " WHERE seq_name = 'case_file'");
        s.executeUpdate(
            "UPDATE id_sequence SET seq_count = "
                + (1_000 + counts[3] + 1_000)
                + " WHERE seq_name = 'case_event'");
        s.executeUpdate(
            "UPDATE id_sequence SET seq_count = 100000 WHERE seq_name IN"
                + " ('staff_account', 'unit_membership')");
        s.execute("SET SESSION unique_checks = 1");
        s.execute("SET SESSION foreign_key_checks = 1");
      }
      c.commit();
      return new Facts(
          big,
          tiny,
          ids[0],
          ids[1],
          counts[0],
          counts[1],
          dataKey,
          indexKey,
          new WordIndexFacts(
              wordRows,
              maxWordRows,
              hashNanos / 1e3 / Math.max(1, hashSamples),
              indexSeconds,
              List.copyOf(searches)));
    }
  }

  private static List<Unit> units(Connection c) throws SQLException {
    List<Unit> units = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT id, code FROM community_unit ORDER BY id")) {
      while (rows.next()) {
        units.add(new Unit(rows.getLong(1), rows.getString(2)));
      }
    }
    return units;
  }

  /** What each unit receives: its routing rules' types, and the unrouted types at the desk. */
  private static Map<Long, List<Route>> routes(Connection c) throws SQLException {
    Map<Long, Type> types = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT id, code, confidentiality, first_response_hours, resolution_hours"
                    + " FROM request_type ORDER BY id")) {
      while (rows.next()) {
        types.put(
            rows.getLong(1),
            new Type(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getInt(4),
                rows.getInt(5)));
      }
    }
    Map<Long, List<Route>> routes = new HashMap<>();
    Map<Long, Boolean> routed = new HashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rows =
            s.executeQuery(
                "SELECT request_type_id, locality_id, unit_id FROM routing_rule WHERE active")) {
      while (rows.next()) {
        Long locality = rows.getObject(2) == null ? null : rows.getLong(2);
        routes
            .computeIfAbsent(rows.getLong(3), u -> new ArrayList<>())
            .add(new Route(types.get(rows.getLong(1)), locality));
        routed.put(rows.getLong(1), true);
      }
    }
    long desk;
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("SELECT id FROM community_unit WHERE intake_desk")) {
      rows.next();
      desk = rows.getLong(1);
    }
    for (Type type : types.values()) {
      if (!routed.containsKey(type.id())) {
        routes.computeIfAbsent(desk, u -> new ArrayList<>()).add(new Route(type, null));
      }
    }
    return routes;
  }

  /** A quarter of the cases at the big unit, 8% at the desk, very few at the tiny one. */
  private double[] weights(List<Unit> units, long big, long tiny) {
    double[] weights = new double[units.size()];
    double rest = 1.0 - 0.25 - 0.08 - 0.0005;
    int others = units.size() - 3;
    for (int i = 0; i < units.size(); i++) {
      long id = units.get(i).id();
      weights[i] =
          id == big ? 0.25 : id == tiny ? 0.0005 : i == 0 ? 0.08 : rest / Math.max(1, others);
    }
    return weights;
  }

  /** Staff accounts with memberships in proportion to each unit's cases and one head per unit. */
  private long[] staff(
      Connection c,
      List<Unit> units,
      double[] weights,
      long big,
      long tiny,
      Map<Long, List<Long>> members)
      throws Exception {
    String hash = StaffBrowserSession.storedPassword(PASSWORD, 1_000);
    long next = 1_001;
    long worker = next++;
    long tinyWorker = next++;
    try (PreparedStatement account =
            c.prepareStatement(
                "INSERT INTO staff_account (id, username, display_name, email, password_hash,"
                    + " language, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement role =
            c.prepareStatement("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)");
        PreparedStatement membership =
            c.prepareStatement(
                "INSERT INTO unit_membership (id, staff_id, unit_id, member_role)"
                    + " VALUES (?, ?, ?, ?)")) {
      Timestamp now = Timestamp.from(Instant.now());
      long membershipId = 1_001;
      addStaff(account, role, worker, WORKER, hash, now, "CASEWORKER");
      addStaff(account, role, tinyWorker, TINY_WORKER, hash, now, "CASEWORKER");
      membershipId = addMember(membership, membershipId, worker, big, "MEMBER", members);
      membershipId = addMember(membership, membershipId, tinyWorker, tiny, "MEMBER", members);
      int total = settings.staff();
      for (int i = 0; i < units.size(); i++) {
        long unit = units.get(i).id();
        int count = Math.max(2, (int) Math.round(weights[i] * total));
        for (int k = 0; k < count; k++) {
          long id = next++;
          String roleName = k == 1 && i < 2 ? "INTAKE_COORDINATOR" : "CASEWORKER";
          addStaff(account, role, id, "staff." + id, hash, now, roleName);
          membershipId =
              addMember(membership, membershipId, id, unit, k == 0 ? "HEAD" : "MEMBER", members);
        }
      }
      account.executeBatch();
      role.executeBatch();
      membership.executeBatch();
    }
    c.commit();
    System.out.printf("bench: %d staff accounts in %d units%n", next - 1_001, units.size());
    return new long[] {worker, tinyWorker};
  }

  private static void addStaff(
      PreparedStatement account,
      PreparedStatement role,
      long id,
      String username,
      String hash,
      Timestamp now,
      String roleName)
      throws SQLException {
    account.setLong(1, id);
    account.setString(2, username);
    account.setString(3, "Bench " + username);
    account.setString(4, username + "@kesher.example");
    account.setString(5, hash);
    account.setString(6, "he");
    account.setTimestamp(7, now);
    account.addBatch();
    role.setLong(1, id);
    role.setString(2, roleName);
    role.addBatch();
  }

  private static long addMember(
      PreparedStatement membership,
      long membershipId,
      long staff,
      long unit,
      String role,
      Map<Long, List<Long>> members)
      throws SQLException {
    membership.setLong(1, membershipId);
    membership.setLong(2, staff);
    membership.setLong(3, unit);
    membership.setString(4, role);
    membership.addBatch();
    members.computeIfAbsent(unit, u -> new ArrayList<>()).add(staff);
    return membershipId + 1;
  }

  private List<Requester> requesters(int count) {
    List<Requester> pool = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      String name =
          FIRST_NAMES[k % FIRST_NAMES.length]
              + " "
              + LAST_NAMES[(k / FIRST_NAMES.length) % LAST_NAMES.length]
              + " "
              + k;
      String phone = phone(k);
      String email = k % 10 < 7 ? "resident" + k + "@mail.example" : null;
      pool.add(
          new Requester(
              ring.seal(name),
              ring.seal(phone),
              ring.seal(email),
              ring.blindIndex(Normalised.name(name)),
              ring.blindIndex(Normalised.phone(phone)),
              email == null ? null : ring.blindIndex(Normalised.email(email))));
    }
    return pool;
  }

  private String pick(String[] values, double[] cumulative) {
    double r = random.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (r < cumulative[i]) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  private static double[] cumulative(double... weights) {
    double[] c = new double[weights.length];
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    double run = 0;
    for (int i = 0; i < weights.length; i++) {
      run += weights[i] / sum;
      c[i] = run;
    }
    return c;
  }

  private static final String[] STATUSES = {
    "NEW",
    "ASSIGNED",
    "IN_PROGRESS",
    "WAITING_FOR_RESIDENT",
    "RESOLVED",
    "CLOSED",
    "REFERRED",
    "DUPLICATE",
    "WITHDRAWN"
  };
  private static final double[] FRESH = cumulative(60, 30, 10, 0, 0, 0, 0, 0, 0);
  private static final double[] MONTH = cumulative(10, 20, 35, 15, 15, 5, 0, 0, 0);
  private static final double[] QUARTER = cumulative(2, 3, 10, 8, 20, 50, 4, 2, 1);
  private static final double[] OLD = cumulative(0.5, 0.5, 1, 1, 2, 88.5, 4, 2, 0.5);
  private static final String[] CHANNELS = {"WEB_FORM", "API", "PHONE", "WALK_IN", "EMAIL"};
  private static final double[] CHANNEL_WEIGHTS = cumulative(60, 5, 20, 10, 5);
  private static final String[] LANGUAGES = {"he", "ar", "en"};
  private static final double[] LANGUAGE_WEIGHTS = cumulative(70, 25, 5);
  private static final String[] EVENT_KINDS = {
    "ASSIGNED", "STATUS_CHANGED", "INTERNAL_NOTE", "PUBLIC_REPLY", "RESIDENT_REPLY", "VIEWED"
  };
  private static final double[] EVENT_WEIGHTS = cumulative(10, 25, 25, 15, 15, 10);

  /**
   * The cases, oldest first over two years up to now, with ids and references in that order, and
   * each one's timeline.
   *
   * @return cases, events, the last case id offset and the last event id offset
   */
  private long[] cases(
      Connection c,
      List<Unit> units,
      double[] weights,
      Map<Long, List<Route>> routes,
      Map<Long, List<Long>> members,
      List<Requester> requesters)
      throws SQLException {
    int total = settings.cases();
    double[] unitCumulative = cumulative(weights);
    Instant now = Instant.now();
    Instant start = now.minus(Duration.ofDays(730));
    long span = Duration.between(start, now).toMillis();
    Map<String, byte[]> answers = new HashMap<>();
    byte[][] notes = new byte[50][];
    for (int i = 0; i < notes.length; i++) {
      notes[i] =
          ring.seal(
              "שוחחתי עם הפונה, נקבעה פגישה ביום רביעי. Note "
                  + i
                  + ": follow-up with the family.");
    }
    Map<Integer, Long> counters = new HashMap<>();
    long caseId = 1_000;
    long eventId = 1_000;
    long events = 0;
    long began = System.nanoTime();
    try (PreparedStatement caseRow =
            c.prepareStatement(
                "INSERT INTO case_file (id, reference, tracking_code_hash, reply_token,"
                    + " request_type_id, unit_id, locality_id, assignee_id, confidentiality,"
                    + " status, channel, language, email_safe, anonymous, requester_name,"
                    + " requester_phone, requester_email, requester_name_bidx,"
                    + " requester_phone_bidx, requester_email_bidx, answers, created_at,"
                    + " updated_at, first_response_due, first_responded_at, resolution_due,"
                    + " resolved_at, closed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
        PreparedStatement eventRow =
            c.prepareStatement(
                "INSERT INTO case_event (id, case_id, kind, visibility, actor_kind, actor_id,"
                    + " from_status, to_status, from_unit_id, to_unit_id, body, occurred_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement wordRow =
            c.prepareStatement(
                "INSERT INTO case_word (case_id, word_hash, unit_id, created_at, case_open)"
                    + " VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < total; i++) {
        Instant created = start.plusMillis((long) (span * ((i + random.nextDouble()) / total)));
        int unitIndex = index(unitCumulative);
        long unit = units.get(unitIndex).id();
        List<Route> unitRoutes = routes.getOrDefault(unit, routes.get(units.get(0).id()));
        Route route = unitRoutes.get(random.nextInt(unitRoutes.size()));
        Type type = route.type();
        long ageDays = Duration.between(created, now).toDays();
        String status =
            pick(
                STATUSES,
                ageDays < 3 ? FRESH : ageDays < 30 ? MONTH : ageDays < 90 ? QUARTER : OLD);
        List<Long> staff = members.get(unit);
        Long assignee = status.equals("NEW") ? null : staff.get(random.nextInt(staff.size()));
        Requester requester = requesters.get(random.nextInt(requesters.size()));
        boolean anonymous = random.nextInt(100) < 2;
        int year = created.atZone(ZoneOffset.UTC).getYear();
        long number = counters.merge(year, 1L, Long::sum);
        caseId++;
        Instant resolutionDue = created.plus(Duration.ofDays(type.resolutionHours() / 8));
        Instant firstDue = created.plus(Duration.ofHours(type.firstResponseHours()));
        boolean resolved = status.equals("RESOLVED") || status.equals("CLOSED");
        Instant resolvedAt =
            resolved ? min(now, created.plus(Duration.ofHours(2 + random.nextInt(24 * 40)))) : null;
        Instant closedAt =
            status.equals("CLOSED") ? min(now, resolvedAt.plus(Duration.ofDays(7))) : null;
        Instant updated = resolvedAt != null ? resolvedAt : min(now, created.plusSeconds(3_600));

        int p = 1;
        caseRow.setLong(p++, caseId);
        caseRow.setString(p++, String.format("KS-%04d-%06d", year, number));
        caseRow.setString(p++, "sha256:YmVuY2g=:YmVuY2htYXJrLXRyYWNraW5nLWNvZGU=");
        caseRow.setString(p++, String.format("bench-%012d", caseId));
        caseRow.setLong(p++, type.id());
        caseRow.setLong(p++, unit);
        setLong(caseRow, p++, route.locality());
        setLong(caseRow, p++, assignee);
        caseRow.setString(p++, type.confidentiality());
        caseRow.setString(p++, status);
        caseRow.setString(p++, pick(CHANNELS, CHANNEL_WEIGHTS));
        String language = pick(LANGUAGES, LANGUAGE_WEIGHTS);
        caseRow.setString(p++, language);
        caseRow.setBoolean(p++, !anonymous && requester.email() != null);
        caseRow.setBoolean(p++, anonymous);
        caseRow.setBytes(p++, anonymous ? null : requester.name());
        caseRow.setBytes(p++, anonymous ? null : requester.phone());
        caseRow.setBytes(p++, anonymous ? null : requester.email());
        caseRow.setString(p++, anonymous ? null : requester.nameIndex());
        caseRow.setString(p++, anonymous ? null : requester.phoneIndex());
        caseRow.setString(p++, anonymous ? null : requester.emailIndex());
        caseRow.setBytes(
            p++,
            answers.computeIfAbsent(
                type.code(),
                code ->
                    ring.seal(
                        IntakeBodies.json(
                            Map.of(
                                "topic", code, "details", "פנייה לדוגמה לצורך מדידת ביצועים")))));
        caseRow.setTimestamp(p++, Timestamp.from(created));
        caseRow.setTimestamp(p++, Timestamp.from(updated));
        caseRow.setTimestamp(p++, Timestamp.from(firstDue));
        setTime(caseRow, p++, assignee == null ? null : min(now, created.plusSeconds(7_200)));
        caseRow.setTimestamp(p++, Timestamp.from(resolutionDue));
        setTime(caseRow, p++, resolvedAt);
        setTime(caseRow, p++, closedAt);
        caseRow.addBatch();

        CaseTexts.Texts caseTexts = texts.next(language);
        long[] hashes = texts.hashes(caseTexts);
        if (i % 50 == 0) {
          long t = System.nanoTime();
          long[] fresh = texts.hashesUncached(caseTexts);
          hashNanos += System.nanoTime() - t;
          hashSamples++;
          if (fresh.length != hashes.length) {
            throw new IllegalStateException("the cached word hashes differ from intake's");
          }
        }
        for (long hash : hashes) {
          wordRow.setLong(1, caseId);
          wordRow.setLong(2, hash);
          wordRow.setLong(3, unit);
          wordRow.setTimestamp(4, Timestamp.from(created));
          wordRow.setBoolean(5, java.util.Arrays.asList(OPEN).contains(status));
          wordRow.addBatch();
        }
        wordRows += hashes.length;
        maxWordRows = Math.max(maxWordRows, hashes.length);
        if (unit == bigUnit
            && !type.confidentiality().equals("SEALED")
            && searches.size() < 200
            && random.nextInt(1_000) == 0) {
          String[] described = caseTexts.description().split(" ");
          searches.add(
              caseTexts.street().split(" ")[0] + " " + described[random.nextInt(described.length)]);
        }

        int count = 2 + random.nextInt(2 * settings.eventsPerCase() - 3);
        Instant last = min(now, closedAt != null ? closedAt : updated.plusSeconds(86_400));
        long window = Math.max(1, Duration.between(created, last).toMillis());
        for (int e = 0; e < count; e++) {
          eventId++;
          events++;
          Instant at = e == 0 ? created : created.plusMillis(window * e / count);
          int q = 1;
          eventRow.setLong(q++, eventId);
          eventRow.setLong(q++, caseId);
          String kind = e == 0 ? "CREATED" : e == 1 ? "ROUTED" : pick(EVENT_KINDS, EVENT_WEIGHTS);
          eventRow.setString(q++, kind);
          boolean internal =
              kind.equals("ROUTED")
                  || kind.equals("ASSIGNED")
                  || kind.equals("INTERNAL_NOTE")
                  || kind.equals("VIEWED");
          eventRow.setString(q++, internal ? "INTERNAL" : "PUBLIC");
          boolean resident = kind.equals("CREATED") || kind.equals("RESIDENT_REPLY");
          boolean system = kind.equals("ROUTED");
          eventRow.setString(q++, resident ? "RESIDENT" : system ? "SYSTEM" : "STAFF");
          setLong(
              eventRow,
              q++,
              resident || system || assignee == null
                  ? null
                  : staff.get(random.nextInt(staff.size())));
          boolean change = kind.equals("STATUS_CHANGED");
          eventRow.setString(q++, change ? "IN_PROGRESS" : null);
          eventRow.setString(q++, change ? OPEN[random.nextInt(OPEN.length)] : null);
          setLong(eventRow, q++, null);
          setLong(eventRow, q++, system ? unit : null);
          boolean text =
              kind.equals("INTERNAL_NOTE")
                  || kind.equals("PUBLIC_REPLY")
                  || kind.equals("RESIDENT_REPLY");
          eventRow.setBytes(q++, text ? notes[random.nextInt(notes.length)] : null);
          eventRow.setTimestamp(q++, Timestamp.from(at));
          eventRow.addBatch();
        }
        if ((i + 1) % BATCH == 0 || i + 1 == total) {
          caseRow.executeBatch();
          eventRow.executeBatch();
          wordRow.executeBatch();
          c.commit();
        }
        if ((i + 1) % 100_000 == 0) {
          double seconds = (System.nanoTime() - began) / 1e9;
          System.out.printf(
              "bench: %,d cases, %,d events in %.0f s (%.0f cases/s)%n",
              i + 1, events, seconds, (i + 1) / seconds);
        }
      }
    }
    try (PreparedStatement counter =
        c.prepareStatement(
            "INSERT INTO reference_counter (counter_year, next_value, version) VALUES (?, ?, 0)")) {
      for (var year : counters.entrySet()) {
        counter.setInt(1, year.getKey());
        counter.setLong(2, year.getValue() + 1_000);
        counter.addBatch();
      }
      counter.executeBatch();
    }
    c.commit();
    return new long[] {total, events, caseId - 1_000, eventId - 1_000};
  }

  private int index(double[] cumulative) {
    double r = random.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (r < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length - 1;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.BIGINT);
    } else {
      s.setLong(index, value);
    }
  }

  private static void setTime(PreparedStatement s, int index, Instant value) throws SQLException {
    if (value == null) {
      s.setNull(index, Types.TIMESTAMP);
    } else {
      s.setTimestamp(index, Timestamp.from(value));
    }
  }
}
