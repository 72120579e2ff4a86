package org.kesher.app.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.kesher.testing.CaseAssert.storedCase;
import static org.kesher.testing.RequestDraft.aRequest;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kesher.testing.KesherClient;
import org.kesher.testing.KesherProcess;
import org.kesher.testing.MalformedRequests;
import org.kesher.testing.StaffBrowserSession;
import org.kesher.testing.TestDatabase;
import org.kesher.testing.WithTestDatabase;

/**
 * Faults, against Kesher running as a real process on the run's MariaDB: 100,000 generated
 * malformed requests; twenty staff changing one case at once; the database stopped and started
 * under load; the process killed (kill -9) under intake load and started again.
 */
@ExtendWith(WithTestDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

  private static final Duration START = Duration.ofMinutes(4);

  /** The tests' residents' addresses: a domain of their own, which no other test counts. */
  private static final String EMAIL_DOMAIN = "@faults.example";

  /** What a response body must never show: a stack trace, a class, SQL or the database. */
  private static final List<String> LEAKS =
      List.of(
          "Exception",
          "\tat ",
          "at org.",
          "at java.",
          "java.lang",
          "org.kesher",
          "eclipse",
          "EclipseLink",
          "Caused by",
          "SQLState",
          "SELECT ",
          "INSERT ",
          "UPDATE case",
          "mysql",
          "MariaDB",
          "Hikari");

  @TempDir static Path workDir;

  private static Map<String, String> environment;
  private static KesherProcess node;

  @BeforeAll
  static void start() throws Exception {
    environment = KesherProcess.onTestDatabase();
    environment.put("KESHER_SUBMISSIONS_PER_HOUR", "1000000");
    node = KesherProcess.start(workDir, environment).awaitReady(START);
  }

  @AfterAll
  static void stop() throws Exception {
    if (node != null) {
      node.close();
      Files.writeString(Path.of("target", "faults-node.log"), node.text());
    }
  }

  @Test
  @Order(1)
  void malformedRequestsAreRefusedWithoutAFaultALeakOrAStoredRow() throws Exception {
    int total = Integer.getInteger("kesher.fuzz.requests", 100_000);
    int threads = 8;
    String before = stored();
    var client = new KesherClient(node.base());
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    List<String> faults = Collections.synchronizedList(new ArrayList<>());
    // jqwik generates in one thread (its generators are not for concurrent use); 8 send
    var attempts = new java.util.concurrent.ArrayBlockingQueue<MalformedRequests.Attempt>(1_000);
    var end = new MalformedRequests.Attempt("END", "", "", "");
    ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
    List<Future<?>> done = new ArrayList<>();
    long started = System.nanoTime();
    done.add(
        pool.submit(
            () -> {
              var generated = MalformedRequests.stream().limit(total).iterator();
              while (generated.hasNext()) {
                attempts.put(generated.next());
              }
              for (int t = 0; t < threads; t++) {
                attempts.put(end);
              }
              return null;
            }));
    for (int t = 0; t < threads; t++) {
      done.add(
          pool.submit(
              () -> {
                for (var attempt = attempts.take(); attempt != end; attempt = attempts.take()) {
                  var response = send(client, attempt);
                  statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
                  String fault = fault(response);
                  if (fault != null && faults.size() < 20) {
                    faults.add(fault + " for " + attempt);
                  }
                }
                return null;
              }));
    }
    for (var future : done) {
      future.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - started) / 1e9;
    var counted = new TreeMap<Integer, Long>();
    statuses.forEach((status, n) -> counted.put(status, n.sum()));
    long sent = counted.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf(
        "fuzz: %,d malformed requests in %.0f s (%,.0f/s), by status %s%n",
        sent, seconds, sent / seconds, counted);
    assertEquals(total, sent);
    assertEquals(List.of(), faults, "no 5xx, no stack trace, class or SQL in a body");
    assertEquals(before, stored(), "nothing stored");
  }

  @Test
  @Order(2)
  void twentyStaffChangingOneCaseAtOnceLoseNothingAndEveryLoserIsTold() throws Exception {
    int editors = 20;
    // twenty colleagues in the case's unit, each logged in
    inParallel(
        editors,
        i -> {
          StaffBrowserSession.createStaff(
              960_001 + i, "fault.editor" + i, "Fault-Editor-1", 600_000, "CASEWORKER", "en");
          StaffBrowserSession.joinUnit(960_001 + i, "MEDIATION", "MEMBER");
        });
    String reference = mediation();
    String path = "staff/case.xhtml?ref=" + reference;
    List<StaffBrowserSession> sessions = new ArrayList<>();
    for (int i = 0; i < editors; i++) {
      sessions.add(new StaffBrowserSession(node.base()));
    }
    inParallel(
        editors,
        i -> {
          var login = sessions.get(i).logIn("fault.editor" + i, "Fault-Editor-1");
          assertEquals(302, login.statusCode(), () -> login.body() + serverTrouble());
        });

    // everyone opens the case, then everyone changes its status at the same moment
    List<HttpResponse<String>> pages = opened(sessions, path);
    var option =
        Pattern.compile("<option value=\"([A-Z_]+)\"")
            .matcher(pages.get(0).body().substring(pages.get(0).body().indexOf("next-status")));
    assertTrue(option.find(), "a next status to choose");
    String next = option.group(1);
    List<String> outcomes =
        together(
            editors,
            i ->
                sessions
                    .get(i)
                    .submit(
                        path,
                        pages.get(i),
                        Map.of(
                            "case",
                            "case",
                            "case:next-status_input",
                            next,
                            "case:change-status",
                            ""))
                    .body());
    var status = Outcomes.of(outcomes, "The status was changed.");
    long changed = status.done();
    long told = status.told();
    assertEquals(1, changed, "one change from one version");
    assertEquals(String.valueOf(changed), events(reference, "STATUS_CHANGED"), "none lost");
    storedCase(reference).hasStatus(next);

    // everyone opens it again and writes a note at the same moment
    List<HttpResponse<String>> again = opened(sessions, path);
    List<String> notes =
        together(
            editors,
            i ->
                sessions
                    .get(i)
                    .submit(
                        path,
                        again.get(i),
                        Map.of("case", "case", "case:text", "note " + i, "case:note", ""))
                    .body());
    var noted = Outcomes.of(notes, "The note was added.");
    long added = noted.done();
    long noteTold = noted.told();
    assertTrue(added >= 1);
    assertEquals(
        String.valueOf(added), events(reference, "INTERNAL_NOTE"), "every kept note is there");
    System.out.printf(
        "concurrent edits: %d editors; status: %d changed, %d told; notes: %d kept, %d told%n",
        editors, changed, told, added, noteTold);
  }

  @Test
  @Order(3)
  void withTheDatabaseStoppedKesherAnswers503AndRecoversByItself() throws Exception {
    assumeTrue(TestDatabase.ownsServer(), "the run's own MariaDB can be stopped; another cannot");
    var client = new KesherClient(node.base());
    AtomicBoolean running = new AtomicBoolean(true);
    List<String> wrong = Collections.synchronizedList(new ArrayList<>());
    Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    AtomicInteger slowest = new AtomicInteger();
    AtomicInteger createdAfter = new AtomicInteger();
    AtomicBoolean restarted = new AtomicBoolean();
    Load load =
        Load.start(
            4,
            (thread, n) -> {
              if (!running.get()) {
                return false;
              }
              long began = System.nanoTime();
              var response =
                  client.post("api/v1/requests", general("db-outage-" + thread + "-" + n));
              int millis = (int) ((System.nanoTime() - began) / 1_000_000);
              slowest.accumulateAndGet(millis, Math::max);
              statuses.computeIfAbsent(response.statusCode(), s -> new LongAdder()).increment();
              if (response.statusCode() == 201 && restarted.get()) {
                createdAfter.incrementAndGet();
              } else if (response.statusCode() == 503) {
                if (response.headers().firstValue("Retry-After").isEmpty()) {
                  wrong.add("503 without Retry-After");
                }
              } else if (response.statusCode() != 201) {
                wrong.add(response.statusCode() + ": " + response.body());
              }
              String fault = fault(response);
              if (fault != null && response.statusCode() != 503) {
                wrong.add(fault);
              } else if (response.statusCode() == 503 && leaks(response.body())) {
                wrong.add("a leak in a 503: " + response.body());
              }
              return true;
            });
    Thread.sleep(2_000);
    TestDatabase.stopOwnServer();
    try {
      Thread.sleep(3_000);
      var ready = client.get("health/ready");
      assertEquals(503, ready.statusCode(), "not ready without its database");
      var form =
          client.post(
              "request.xhtml?type=GENERAL",
              "type=GENERAL&name=Outage&phone=050-1234567&consent=true"
                  + "&answers.subject=s&answers.description=d",
              "Content-Type",
              "application/x-www-form-urlencoded");
      assertEquals(503, form.statusCode(), "the public form says: try again shortly");
      assertTrue(form.headers().firstValue("Retry-After").isPresent());
      assertTrue(!leaks(form.body()), form.body());
      Thread.sleep(3_000);
    } finally {
      TestDatabase.restartServer();
      restarted.set(true);
    }
    long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (createdAfter.get() < 20 && System.nanoTime() < until) {
      Thread.sleep(200);
    }
    running.set(false);
    load.join();
    var counted = new TreeMap<Integer, Long>();
    statuses.forEach((status, n) -> counted.put(status, n.sum()));
    System.out.printf(
        "database outage: answers by status %s, slowest %d ms, %d created after the restart%n",
        counted, slowest.get(), createdAfter.get());
    assertEquals(List.of(), wrong.stream().limit(10).toList());
    assertTrue(counted.getOrDefault(503, 0L) > 0, "503 while the database was down");
    assertTrue(createdAfter.get() >= 20, "requests are taken again without a restart of Kesher");
    assertTrue(slowest.get() < 15_000, "no request hung: slowest " + slowest.get() + " ms");
    assertEquals(200, client.get("health/ready").statusCode());
  }

  @Test
  @Order(4)
  void killedUnderIntakeLoadNoAcceptedRequestIsLostDoubledOrHalfWritten() throws Exception {
    var client = new KesherClient(node.base());
    List<String> accepted = Collections.synchronizedList(new ArrayList<>());
    List<String> markers = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger attempted = new AtomicInteger();
    Load load =
        Load.start(
            8,
            (thread, n) -> {
              attempted.incrementAndGet();
              String marker = "kill-" + thread + "-" + n;
              markers.add(marker);
              HttpResponse<String> response;
              try {
                response = client.post("api/v1/requests", general(marker));
              } catch (IllegalStateException gone) {
                return false; // the process is gone
              }
              if (response.statusCode() == 201) {
                accepted.add(KesherClient.json(response).asJsonObject().getString("reference"));
              }
              return true;
            });
    Thread.sleep(4_000);
    node.kill();
    load.join();
    Files.writeString(Path.of("target", "faults-node-killed.log"), node.text());
    node = KesherProcess.start(workDir, environment).awaitReady(START);

    // this test's cases, found by their requesters' addresses (one each): the blind index of each
    String since =
        " FROM case_file c WHERE c.requester_email_bidx IN ("
            + String.join(",", emailIndexes(markers))
            + ")";
    long written = Long.parseLong(TestDatabase.column("SELECT COUNT(*)" + since));
    System.out.printf(
        "kill -9: %d requests sent, %d accepted (201), %d cases written%n",
        attempted.get(), accepted.size(), written);
    assertTrue(accepted.size() > 10, "the load ran before the kill");
    for (String reference : accepted) {
      assertEquals(
          "1",
          TestDatabase.column("SELECT COUNT(*) FROM case_file WHERE reference = ?", reference),
          reference + " exists once");
    }
    assertTrue(written >= accepted.size() && written <= attempted.get(), "no accepted one lost");
    assertEquals(
        "0",
        TestDatabase.column(
            "SELECT COUNT(*)"
                + since
                + " AND (NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind"
                + " = 'CREATED') OR (SELECT COUNT(*) FROM mail_outbox m WHERE m.case_id = c.id AND"
                + " m.kind = 'RECEIVED') <> 1)"),
        "none half-written: each has its events and its one mail");
    assertEquals(
        "0",
        TestDatabase.column(
            "SELECT COUNT(*) FROM (SELECT c.requester_email_bidx"
                + since
                + " GROUP BY c.requester_email_bidx HAVING COUNT(*) > 1) twice"),
        "none twice");
    var after = new KesherClient(node.base()).post("api/v1/requests", general("after-the-kill"));
    assertEquals(201, after.statusCode(), "the new process takes requests");
  }

  /** The blind indexes of the addresses general() gives these markers, quoted for SQL. */
  private static List<String> emailIndexes(List<String> markers) throws Exception {
    var ring = TestDatabase.sealingKeys();
    return markers.stream()
        .map(m -> ring.blindIndex(org.kesher.sealing.control.Normalised.email(m + EMAIL_DOMAIN)))
        .map(index -> "'" + index + "'")
        .toList();
  }

  private String mediation() {
    return new KesherClient(node.base())
        .opened(
            aRequest("MEDIATION")
                .in("HAIFA")
                .from("Dana Levi", "053-5555555")
                .answer("other_party_name", "Neighbour")
                .answer("relationship", "SAME_BUILDING")
                .answer("dispute_description", "Twenty editors")
                .json())
        .getString("reference");
  }

  /** A request the rules take, with a mail to an address of its own. */
  private static String general(String marker) {
    return aRequest("GENERAL")
        .language("he")
        .fromMail("בודק תקלות", marker + EMAIL_DOMAIN)
        .answer("subject", "תקלה")
        .answer("description", "פנייה בזמן תקלה " + marker)
        .json();
  }

  private static String events(String reference, String kind) throws Exception {
    return TestDatabase.column(
        "SELECT COUNT(*) FROM case_event e JOIN case_file c ON c.id = e.case_id WHERE c.reference"
            + " = ? AND e.kind = ?",
        reference,
        kind);
  }

  private static List<HttpResponse<String>> opened(List<StaffBrowserSession> sessions, String path)
      throws Exception {
    List<HttpResponse<String>> pages = new ArrayList<>();
    for (var session : sessions) {
      var page = session.get(path);
      assertEquals(200, page.statusCode());
      pages.add(page);
    }
    return pages;
  }

  interface Step<T> {
    T run(int i) throws Exception;
  }

  interface Action {
    void run(int i) throws Exception;
  }

  /** One request of a client under load: whether the client goes on. */
  private interface Request {
    boolean send(int client, int n) throws Exception;
  }

  /** Clients that each send requests one after the other, numbered, until one says stop. */
  private record Load(ExecutorService pool, List<Future<?>> clients) {

    static Load start(int clients, Request request) {
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      List<Future<?>> running = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        int client = c;
        running.add(
            pool.submit(
                () -> {
                  for (int n = 0; request.send(client, n); n++) {
                    // the request is the loop's body
                  }
                  return null;
                }));
      }
      return new Load(pool, running);
    }

    /** Waits for every client to stop; a client's failure fails the test. */
    void join() throws Exception {
      for (var client : clients) {
        client.get();
      }
      pool.shutdown();
    }
  }

  /** What the node logged as severe so far, to explain an unexpected answer. */
  private static String serverTrouble() {
    String text = node.text();
    int first = text.indexOf("SEVERE");
    return first < 0
        ? "\nthe server logged nothing severe"
        : "\nthe server logged:\n"
            + String.join("\n", text.substring(first).lines().limit(150).toList());
  }

  private static void inParallel(int n, Action action) throws Exception {
    together(
        n,
        i -> {
          action.run(i);
          return null;
        });
  }

  /** Runs n steps in n threads released at the same moment; their results in order. */
  private static <T> List<T> together(int n, Step<T> step) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      int index = i;
      futures.add(
          pool.submit(
              () -> {
                go.await();
                return step.run(index);
              }));
    }
    go.countDown();
    List<T> results = new ArrayList<>();
    for (var future : futures) {
      results.add(future.get());
    }
    pool.shutdown();
    return results;
  }

  /**
   * How the pages after a simultaneous change read: done, told "changed by someone else", or
   * neither (a failure), which fails the test with what those pages said.
   */
  private record Outcomes(long done, long told) {
    static Outcomes of(List<String> pages, String doneMessage) {
      long done = pages.stream().filter(b -> b.contains(doneMessage)).count();
      long told = pages.stream().filter(b -> b.contains("Someone else changed this case")).count();
      assertEquals(
          pages.size(),
          done + told,
          "each editor either succeeded or was told: "
              + pages.stream()
                  .filter(b -> !b.contains(doneMessage))
                  .filter(b -> !b.contains("Someone else changed this case"))
                  .map(FaultsIT::messages)
                  .toList());
      return new Outcomes(done, told);
    }
  }

  /** The messages a page shows, or its title when it shows none. */
  private static String messages(String page) {
    var shown = Pattern.compile("ui-messages-[a-z]+-summary\">([^<]*)<").matcher(page);
    var title = Pattern.compile("<title>([^<]*)</title>").matcher(page);
    return shown.find() ? shown.group(1) : title.find() ? title.group(1) : page;
  }

  private static boolean leaks(String body) {
    return LEAKS.stream().anyMatch(body::contains);
  }

  private static HttpResponse<String> send(KesherClient client, MalformedRequests.Attempt attempt) {
    if (attempt.method().equals("GET")) {
      return attempt.body().isEmpty()
          ? client.get(attempt.path())
          : client.get(attempt.path(), "X-Tracking-Code", attempt.body());
    }
    return client.post(
        attempt.path(),
        attempt.body(),
        "Content-Type",
        attempt.contentType(),
        "Accept-Language",
        "he");
  }

  /** What is wrong with a response to bad input, or null. */
  private static String fault(HttpResponse<String> response) {
    if (response.statusCode() >= 500) {
      return "status " + response.statusCode();
    }
    for (String leak : LEAKS) {
      if (response.body().contains(leak)) {
        return "\"" + leak + "\" in the body";
      }
    }
    return null;
  }

  /** Rows a request could leave behind. */
  private static String stored() throws Exception {
    return TestDatabase.column(
        "SELECT CONCAT((SELECT COUNT(*) FROM case_file), ' cases, ', (SELECT COUNT(*) FROM"
            + " case_event), ' events, ', (SELECT COUNT(*) FROM mail_outbox), ' mails, ', (SELECT"
            + " COUNT(*) FROM case_attachment), ' files')");
  }
}
