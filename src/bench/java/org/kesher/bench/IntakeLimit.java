package org.kesher.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.kesher.audit.entity.AccessEntry;
import org.kesher.cases.control.CaseWords;
import org.kesher.cases.entity.TrackingCode;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Language;
import org.kesher.notify.control.MailTemplates;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.Normalised;
import org.kesher.sealing.control.SealingKeys;

/**
 * The limit of the intake benchmark: a plain JDBC client that writes, for each request body,
 * exactly the rows one intake of that body writes in Kesher, in one transaction on a connection of
 * its own from a HikariCP pool (Connector/J with the same properties as Kesher's pool: batched
 * statements rewritten, prepared statements cached, read committed):
 *
 * <ul>
 *   <li>the {@code case_file} row with the requester's name, phone and email and the answers sealed
 *       (AES-GCM with the run's key ring), their blind indexes, the salted hash of a fresh tracking
 *       code, a reply token, the due dates;
 *   <li>its events in one batch: CREATED, ROUTED (reason sealed), and ASSIGNED when the unit hands
 *       its cases out;
 *   <li>its mails in one batch, rendered from the shipped templates and sealed: RECEIVED to the
 *       resident when they gave an email they marked safe, ASSIGNED_TO_YOU to the assignee;
 *   <li>the unit's last assignee, under round-robin.
 * </ul>
 *
 * <p>What it leaves out is what Kesher reads and decides: the catalogue, the routing rules, the
 * unit's lock and its members' open-case counts, the undeliverable-address checks, the templates
 * from the database. Ids come from one block per run reserved in {@code id_sequence} (Kesher
 * reserves 50 at a time), references from one block of {@code reference_counter} (Kesher: 20).
 */
final class IntakeLimit {

  private static final ZoneId ISRAEL = ZoneId.of("Asia/Jerusalem");
  private static final long BLOCK = 5_000_000L;

  /** A staff member who may get a case. */
  private record Member(long id, String email, String language, String displayName) {}

  /** Everything the limit needs to know to write the rows of one body. */
  private record Plan(
      IntakeBodies.Body body,
      long typeId,
      String confidentiality,
      int firstResponseHours,
      int resolutionHours,
      Map<String, String> typeNames,
      Long localityId,
      long unitId,
      String policy,
      Map<String, String> unitNames,
      List<Member> members,
      String reason,
      Set<String> textFields) {}

  /** One level's figures. */
  record Result(
      int concurrency,
      long requests,
      long errors,
      double seconds,
      double perSecond,
      double p50,
      double p99,
      String firstError) {}

  private final BenchSettings settings;
  private final List<Plan> plans;
  private final KeyRing ring = SealingKeys.ring();
  private final AtomicLong caseIds = new AtomicLong();
  private final AtomicLong eventIds = new AtomicLong();
  private final AtomicLong mailIds = new AtomicLong();
  private final AtomicLong noticeIds = new AtomicLong();
  private final AtomicLong references = new AtomicLong();
  private int year;

  IntakeLimit(BenchSettings settings, DataSource db, List<IntakeBodies.Body> bodies)
      throws SQLException {
    this.settings = settings;
    try (Connection c = db.getConnection()) {
      List<Plan> planned = new ArrayList<>();
      for (var body : bodies) {
        planned.add(plan(c, body));
      }
      this.plans = planned;
    }
  }

  private static Plan plan(Connection c, IntakeBodies.Body body) throws SQLException {
    long typeId;
    String confidentiality;
    int firstHours;
    int resolutionHours;
    Map<String, String> typeNames = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, confidentiality, first_response_hours, resolution_hours FROM request_type"
                + " WHERE code = ?")) {
      s.setString(1, body.type());
      try (ResultSet r = s.executeQuery()) {
        r.next();
        typeId = r.getLong(1);
        confidentiality = r.getString(2);
        firstHours = r.getInt(3);
        resolutionHours = r.getInt(4);
      }
    }
    names(c, "request_type_text", typeId, typeNames);
    Long localityId = null;
    if (body.locality() != null) {
      try (PreparedStatement s = c.prepareStatement("SELECT id FROM locality WHERE code = ?")) {
        s.setString(1, body.locality());
        try (ResultSet r = s.executeQuery()) {
          r.next();
          localityId = r.getLong(1);
        }
      }
    }
    Long unitId = null;
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT unit_id FROM routing_rule WHERE active AND request_type_id = ? AND"
                + " (locality_id = ? OR locality_id IS NULL) ORDER BY locality_id IS NULL,"
                + " priority, id LIMIT 1")) {
      s.setLong(1, typeId);
      s.setObject(2, localityId, Types.BIGINT);
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          unitId = r.getLong(1);
        }
      }
    }
    String reason = unitId == null ? "intake desk: no rule" : "rule for " + body.type();
    String policy;
    Map<String, String> unitNames = new HashMap<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT id, assignment_policy FROM community_unit WHERE "
                + (unitId == null ? "intake_desk" : "id = " + unitId))) {
      try (ResultSet r = s.executeQuery()) {
        r.next();
        unitId = r.getLong(1);
        policy = r.getString(2);
      }
    }
    names(c, "community_unit_text", unitId, unitNames);
    List<Member> members = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT s.id, s.email, s.language, s.display_name FROM staff_account s JOIN"
                + " unit_membership m ON m.staff_id = s.id WHERE m.unit_id = ? AND s.enabled")) {
      s.setLong(1, unitId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          members.add(new Member(r.getLong(1), r.getString(2), r.getString(3), r.getString(4)));
        }
      }
    }
    Set<String> textFields = new LinkedHashSet<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT code FROM request_field WHERE request_type_id = ? AND datatype IN ('TEXT',"
                + " 'TEXTAREA')")) {
      s.setLong(1, typeId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          textFields.add(r.getString(1));
        }
      }
    }
    return new Plan(
        body,
        typeId,
        confidentiality,
        firstHours,
        resolutionHours,
        typeNames,
        localityId,
        unitId,
        policy,
        unitNames,
        members,
        reason,
        textFields);
  }

  /** Reserves a block of ids and references, as Kesher's nodes do, but one large block. */
  void reserve(DataSource db) throws SQLException {
    try (Connection c = db.getConnection()) {
      c.setAutoCommit(false);
      caseIds.set(block(c, "case_file"));
      eventIds.set(block(c, "case_event"));
      mailIds.set(block(c, "mail_outbox"));
      noticeIds.set(block(c, "staff_notice"));
      year = Instant.now().atZone(ISRAEL).getYear();
      try (Statement s = c.createStatement()) {
        s.executeUpdate(
            "UPDATE reference_counter SET next_value = next_value + "
                + BLOCK
                + ", version = version + 1 WHERE counter_year = "
                + year);
        try (ResultSet r =
            s.executeQuery(
                "SELECT next_value FROM reference_counter WHERE counter_year = " + year)) {
          r.next();
          references.set(r.getLong(1) - BLOCK);
        }
      }
      c.commit();
    }
  }

  /** A catalogue row's name in every language, from its translation rows. */
  private static void names(Connection c, String table, long owner, Map<String, String> names)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT lang, content FROM " + table + " WHERE owner_id = ? AND field = 'name'")) {
      s.setLong(1, owner);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          names.put(r.getString(1), r.getString(2));
        }
      }
    }
  }

  private static long block(Connection c, String name) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "UPDATE id_sequence SET seq_count = seq_count + "
              + BLOCK
              + " WHERE seq_name = '"
              + name
              + "'");
      try (ResultSet r =
          s.executeQuery("SELECT seq_count FROM id_sequence WHERE seq_name = '" + name + "'")) {
        r.next();
        return r.getLong(1) - BLOCK + 1;
      }
    }
  }

  /** Runs {@code threads} writers for a warm-up, then for the measured time. */
  Result run(int threads, Duration warmup, Duration measured) throws Exception {
    var pool = new HikariConfig();
    pool.setPoolName("limit");
    pool.setJdbcUrl(
        settings.url(
            "useSSL=false&rewriteBatchedStatements=true&cachePrepStmts=true"
                + "&prepStmtCacheSize=500&prepStmtCacheSqlLimit=8192&useLocalSessionState=true"
                + "&elideSetAutoCommits=true&cacheServerConfiguration=true"
                + "&maintainTimeStats=false&characterEncoding=UTF-8&tcpKeepAlive=true"));
    pool.setUsername(settings.dbUser());
    pool.setPassword(settings.dbPassword());
    pool.setMaximumPoolSize(threads);
    pool.setMinimumIdle(threads);
    pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    pool.setAutoCommit(false);
    try (var db = new HikariDataSource(pool)) {
      long start = System.nanoTime();
      long measureFrom = start + warmup.toNanos();
      long end = measureFrom + measured.toNanos();
      List<long[]> latencies = new ArrayList<>();
      long[] counts = new long[threads];
      long[] errors = new long[threads];
      String[] firstError = new String[threads];
      var done = new CountDownLatch(threads);
      for (int t = 0; t < threads; t++) {
        int me = t;
        long[][] mine = {new long[4096]};
        latencies.add(null);
        Thread thread =
            new Thread(
                () -> {
                  int n = 0;
                  try {
                    while (true) {
                      long before = System.nanoTime();
                      if (before >= end) {
                        break;
                      }
                      try (Connection c = db.getConnection()) {
                        write(c, plans.get(ThreadLocalRandom.current().nextInt(plans.size())));
                      } catch (Exception e) {
                        if (before >= measureFrom) {
                          errors[me]++;
                        }
                        if (firstError[me] == null) {
                          firstError[me] = e.toString();
                        }
                        continue;
                      }
                      long after = System.nanoTime();
                      if (before >= measureFrom && after <= end) {
                        if (n == mine[0].length) {
                          mine[0] = java.util.Arrays.copyOf(mine[0], n * 2);
                        }
                        mine[0][n++] = after - before;
                      }
                    }
                  } finally {
                    counts[me] = n;
                    synchronized (latencies) {
                      latencies.set(me, java.util.Arrays.copyOf(mine[0], n));
                    }
                    done.countDown();
                  }
                },
                "limit-" + t);
        thread.start();
      }
      done.await();
      long total = 0;
      long bad = 0;
      for (int t = 0; t < threads; t++) {
        total += counts[t];
        bad += errors[t];
      }
      long[] all = new long[(int) total];
      int at = 0;
      for (long[] one : latencies) {
        System.arraycopy(one, 0, all, at, one.length);
        at += one.length;
      }
      java.util.Arrays.sort(all);
      double seconds = measured.toNanos() / 1e9;
      String first = null;
      for (String e : firstError) {
        first = first == null ? e : first;
      }
      return new Result(
          threads,
          total,
          bad,
          seconds,
          total / seconds,
          percentile(all, 50),
          percentile(all, 99),
          first);
    }
  }

  static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
  }

  /** The rows of one intake of the plan's body, in one transaction. */
  private void write(Connection c, Plan plan) throws SQLException {
    var body = plan.body();
    Instant now = Instant.now();
    long caseId = caseIds.getAndIncrement();
    String reference = String.format("KS-%d-%06d", year, references.getAndIncrement());
    String code = TrackingCode.generate();
    Member assignee = null;
    if (!plan.policy().equals("UNIT_HEAD") && !plan.members().isEmpty()) {
      assignee = plan.members().get(ThreadLocalRandom.current().nextInt(plan.members().size()));
    }
    Timestamp at = Timestamp.from(now);
    Timestamp firstDue = Timestamp.from(now.plus(Duration.ofHours(plan.firstResponseHours())));
    Timestamp resolutionDue = Timestamp.from(now.plus(Duration.ofDays(plan.resolutionHours() / 8)));
    String status = assignee == null ? "NEW" : "ASSIGNED";
    try {
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO case_file (ID, ANONYMOUS, ANSWERS, CHANNEL, closed_at, CONFIDENTIALITY,"
                  + " created_at, email_safe, first_responded_at, first_response_due, LANGUAGE,"
                  + " REFERENCE, reply_token, requester_email, requester_email_bidx,"
                  + " requester_name, requester_name_bidx, requester_phone, requester_phone_bidx,"
                  + " resolution_due, resolved_at, STATUS, tracking_code_hash, updated_at,"
                  + " VERSION, assignee_id, duplicate_of_id, locality_id, request_type_id,"
                  + " unit_id) VALUES (?, 0, ?, 'API', NULL, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?,"
                  + " ?, ?, ?, ?, NULL, ?, ?, ?, 1, ?, NULL, ?, ?, ?)")) {
        int p = 1;
        s.setLong(p++, caseId);
        s.setBytes(p++, ring.seal(body.answersJson()));
        s.setString(p++, plan.confidentiality());
        s.setTimestamp(p++, at);
        s.setBoolean(p++, body.emailSafe());
        s.setTimestamp(p++, firstDue);
        s.setString(p++, body.language());
        s.setString(p++, reference);
        s.setString(p++, UUID.randomUUID().toString());
        s.setBytes(p++, body.email() == null ? null : ring.seal(body.email()));
        s.setString(
            p++, body.email() == null ? null : ring.blindIndex(Normalised.email(body.email())));
        s.setBytes(p++, ring.seal(body.name()));
        s.setString(p++, ring.blindIndex(Normalised.name(body.name())));
        s.setBytes(p++, ring.seal(body.phone()));
        s.setString(p++, ring.blindIndex(Normalised.phone(body.phone())));
        s.setTimestamp(p++, resolutionDue);
        s.setString(p++, status);
        s.setString(p++, TrackingCode.hash(code));
        s.setTimestamp(p++, at);
        s.setObject(p++, assignee == null ? null : assignee.id(), Types.BIGINT);
        s.setObject(p++, plan.localityId(), Types.BIGINT);
        s.setLong(p++, plan.typeId());
        s.setLong(p, plan.unitId());
        s.executeUpdate();
      }
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO case_event (ID, actor_kind, BODY, from_status, from_unit_id, KIND,"
                  + " occurred_at, to_status, to_unit_id, VISIBILITY, actor_id, case_id) VALUES"
                  + " (?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, NULL, ?)")) {
        event(s, caseId, "RESIDENT", null, null, "CREATED", at, "NEW", null, "PUBLIC");
        event(
            s,
            caseId,
            "SYSTEM",
            ring.seal(plan.reason()),
            null,
            "ROUTED",
            at,
            null,
            plan.unitId(),
            "INTERNAL");
        if (assignee != null) {
          event(s, caseId, "SYSTEM", null, "NEW", "ASSIGNED", at, "ASSIGNED", null, "INTERNAL");
        }
        s.executeBatch();
      }
      boolean sealed = plan.confidentiality().equals("SEALED");
      try (PreparedStatement s =
          c.prepareStatement(
              "INSERT INTO mail_outbox (ID, ATTEMPTS, case_id, created_at, html_body, KIND,"
                  + " LANGUAGE, last_error, message_id, next_attempt_at, RECIPIENT,"
                  + " recipient_bidx, reply_to, sent_at, STATUS, SUBJECT, text_body) VALUES (?,"
                  + " 0, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, NULL, NULL, 'PENDING', ?, ?)")) {
        int mails = 0;
        if (body.email() != null && body.emailSafe()) {
          Language language = Language.fromCode(body.language()).orElseThrow();
          String url =
              "http://localhost:8080/track.xhtml?lang=" + body.language() + "&ref=" + reference;
          Map<String, Object> values = new HashMap<>();
          values.put("reference", reference);
          values.put("trackingUrl", url);
          if (!sealed) {
            values.put("type", plan.typeNames().get(body.language()));
            values.put("unit", plan.unitNames().get(body.language()));
            values.put("status", status);
            values.put("reopenDays", 14);
            values.put("trackingCode", code);
          }
          mail(
              s,
              caseId,
              at,
              "RECEIVED",
              body.language(),
              body.email(),
              MailTemplates.render(
                  MailTemplates.shipped(sealed ? "NEUTRAL" : "RECEIVED", language),
                  language,
                  values,
                  url,
                  false));
          mails++;
        }
        if (assignee != null && assignee.email() != null) {
          Language language = Language.fromCode(assignee.language()).orElse(Language.HE);
          String url = "http://localhost:8080/staff/case.xhtml?ref=" + reference;
          Map<String, Object> values = new HashMap<>();
          values.put("reference", reference);
          values.put("name", assignee.displayName());
          values.put("caseUrl", url);
          if (!sealed) {
            values.put("type", plan.typeNames().get(language.code()));
            values.put("unit", plan.unitNames().get(language.code()));
          }
          mail(
              s,
              caseId,
              at,
              "ASSIGNED_TO_YOU",
              language.code(),
              assignee.email(),
              MailTemplates.render(
                  MailTemplates.shipped(sealed ? "STAFF_NEUTRAL" : "ASSIGNED_TO_YOU", language),
                  language,
                  values,
                  url,
                  true));
          mails++;
        }
        if (mails > 0) {
          s.executeBatch();
        }
      }
      words(c, caseId, plan, at);
      if (assignee != null) {
        // the assignee's notice in the staff pages' top bar (notify.control.StaffNotices)
        try (PreparedStatement s =
            c.prepareStatement(
                "INSERT INTO staff_notice (id, staff_id, case_id, kind, created_at, read_at,"
                    + " version) VALUES (?, ?, ?, 'ASSIGNED_TO_YOU', ?, NULL, 1)")) {
          s.setLong(1, noticeIds.getAndIncrement());
          s.setLong(2, assignee.id());
          s.setLong(3, caseId);
          s.setTimestamp(4, at);
          s.executeUpdate();
        }
      }
      // the access log's entry of the new case, as Kesher writes it (audit.boundary.AccessLog)
      try (PreparedStatement s = c.prepareStatement(AccessEntry.INSERT)) {
        Object[] values =
            new AccessEntry(
                    Accessed.ofCase(
                        Accessed.Action.CASE_CREATED,
                        reference,
                        Accessed.Extent.NONE,
                        null,
                        null,
                        "API"),
                    null,
                    null,
                    "127.0.0.1",
                    at.toInstant())
                .insertValues();
        for (int i = 0; i < values.length; i++) {
          s.setObject(i + 1, values[i]);
        }
        s.executeUpdate();
      }
      // round-robin's turn last, as Kesher takes it (cases.control.Assigner): a row of its own
      if (assignee != null && plan.policy().equals("ROUND_ROBIN")) {
        try (PreparedStatement s =
            c.prepareStatement(
                "UPDATE assignment_turn SET last_assignee_id = ? WHERE unit_id = ?")) {
          s.setLong(1, assignee.id());
          s.setLong(2, plan.unitId());
          s.executeUpdate();
        }
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    }
  }

  /** The case's blind word index, the words Kesher indexes ({@link CaseWords#hashes}). */
  private void words(Connection c, long caseId, Plan plan, Timestamp at) throws SQLException {
    var hashes =
        CaseWords.hashes(ring, CaseWords.textAnswers(plan.body().answersJson(), plan.textFields()));
    if (hashes.isEmpty()) {
      return;
    }
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO case_word (case_id, word_hash, unit_id, created_at, case_open) VALUES"
                + " (?, ?, ?, ?, TRUE)")) {
      for (long hash : hashes) {
        s.setLong(1, caseId);
        s.setLong(2, hash);
        s.setLong(3, plan.unitId());
        s.setTimestamp(4, at);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private void event(
      PreparedStatement s,
      long caseId,
      String actor,
      byte[] body,
      String from,
      String kind,
      Timestamp at,
      String to,
      Long toUnit,
      String visibility)
      throws SQLException {
    s.setLong(1, eventIds.getAndIncrement());
    s.setString(2, actor);
    s.setBytes(3, body);
    s.setString(4, from);
    s.setString(5, kind);
    s.setTimestamp(6, at);
    s.setString(7, to);
    s.setObject(8, toUnit, Types.BIGINT);
    s.setString(9, visibility);
    s.setLong(10, caseId);
    s.addBatch();
  }

  private void mail(
      PreparedStatement s,
      long caseId,
      Timestamp at,
      String kind,
      String language,
      String address,
      MailTemplates.Rendered rendered)
      throws SQLException {
    s.setLong(1, mailIds.getAndIncrement());
    s.setLong(2, caseId);
    s.setTimestamp(3, at);
    s.setBytes(4, ring.seal(rendered.html()));
    s.setString(5, kind);
    s.setString(6, language);
    s.setString(7, "<" + UUID.randomUUID() + "@localhost>");
    s.setTimestamp(8, at);
    s.setBytes(9, ring.seal(address));
    s.setString(10, ring.blindIndex(Normalised.email(address)));
    s.setBytes(11, ring.seal(rendered.subject()));
    s.setBytes(12, ring.seal(rendered.text()));
    s.addBatch();
  }
}
