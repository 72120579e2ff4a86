package org.kesher.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A staff member's HTTP session with the Faces pages, as a browser without JavaScript keeps it:
 * cookies, and each form posted with the view state of the page it came from. Also makes staff
 * accounts in the test database.
 */
public final class StaffBrowserSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

  /** PrimeFaces' CSP mode: its script adds the page's nonce to every form it posts. */
  private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

  private final URI base;
  private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient http;

  public StaffBrowserSession(URI base) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Opens the page at {@code path} and follows its first link to {@code target} (a path below the
   * application, with the query parameters the link must have, in any order): the way to a
   * protected view, whose links carry the session's token.
   */
  public HttpResponse<String> follow(String path, String target)
      throws IOException, InterruptedException {
    return follow(get(path), target);
  }

  /** Follows the first link to {@code target} (as above) on a page fetched before. */
  public HttpResponse<String> follow(HttpResponse<String> page, String target)
      throws IOException, InterruptedException {
    String path = page.uri().getPath();
    String[] wanted = target.split("[?&]");
    var links = Pattern.compile("href=\"([^\"]+)\"").matcher(page.body());
    while (links.find()) {
      String href = links.group(1).replace("&amp;", "&");
      String[] parts = href.split("[?&]");
      if (parts[0].endsWith("/" + wanted[0])
          && java.util.Arrays.asList(parts)
              .containsAll(java.util.Arrays.asList(wanted).subList(1, wanted.length))) {
        return get(href);
      }
    }
    throw new AssertionError("no link to " + target + " on " + path + ": " + page.body());
  }

  /** A plain form POST in this session, with extra headers (name, value, ...). */
  public HttpResponse<String> postForm(String path, String form, String... headers)
      throws IOException, InterruptedException {
    var request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A POST with no form in this session, keeping the answer's bytes (a printed letter). */
  public HttpResponse<byte[]> postForBytes(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * A POST with the browser's staff session, as a page's button with {@code formaction} sends it (a
   * letter, a register's export), answering the bytes.
   */
  public static HttpResponse<byte[]> postAsBrowser(Browser b, URI base, String path)
      throws IOException, InterruptedException {
    var session = b.driver().manage().getCookieNamed("JSESSIONID");
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(base.resolve(path))
                .header("Cookie", "JSESSIONID=" + session.getValue())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Opens the login page and posts its form; answers the response to the POST. */
  public HttpResponse<String> logIn(String username, String password)
      throws IOException, InterruptedException {
    return submit(
        "staff/login.xhtml",
        Map.of("login", "login", "username", username, "password", password, "submit", ""));
  }

  /** Posts a form of the page at {@code path} with the page's view state. */
  public HttpResponse<String> submit(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    return submit(path, get(path), fields);
  }

  /** Posts a form of a page fetched earlier, with that page's view state, as a slow user would. */
  public HttpResponse<String> submit(
      String path, HttpResponse<String> page, Map<String, String> fields)
      throws IOException, InterruptedException {
    return post(path, page, fields, HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form of the page at {@code path} and keeps the answer's bytes (a download). */
  public HttpResponse<byte[]> submitForBytes(String path, Map<String, String> fields)
      throws IOException, InterruptedException {
    return post(path, get(path), fields, HttpResponse.BodyHandlers.ofByteArray());
  }

  private <T> HttpResponse<T> post(
      String path,
      HttpResponse<String> page,
      Map<String, String> fields,
      HttpResponse.BodyHandler<T> answer)
      throws IOException, InterruptedException {
    var state = VIEW_STATE.matcher(page.body());
    if (!state.find()) {
      throw new AssertionError("no form on " + path + ": " + page.statusCode() + " " + page.body());
    }
    String form =
        fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"))
            + "&jakarta.faces.ViewState="
            + encode(state.group(1));
    var nonce = NONCE.matcher(page.body());
    if (nonce.find()) {
      form += "&primefaces.nonce=" + encode(nonce.group(1));
    }
    return http.send(
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        answer);
  }

  public String sessionId() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("JSESSIONID"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /**
   * A staff account with a password hashed with the given PBKDF2 iterations, in the format Jakarta
   * Security stores ({@code algorithm:iterations:salt:hash}).
   */
  public static void createStaff(
      long id, String username, String password, int iterations, String role) throws Exception {
    createStaff(id, username, password, iterations, role, "he");
  }

  /**
   * A password as Kesher stores it (Jakarta Security's PBKDF2 form {@code
   * algorithm:iterations:salt:hash}), for accounts written straight into the database by tests and
   * benchmarks; Kesher upgrades fewer iterations than its own at the next login.
   */
  public static String storedPassword(String password, int iterations) throws Exception {
    byte[] salt = new byte[32];
    new SecureRandom().nextBytes(salt);
    byte[] hash =
        SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
            .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256))
            .getEncoded();
    return "PBKDF2WithHmacSHA256:"
        + iterations
        + ":"
        + Base64.getEncoder().encodeToString(salt)
        + ":"
        + Base64.getEncoder().encodeToString(hash);
  }

  /** The same, speaking another language in the staff pages. */
  public static void createStaff(
      long id, String username, String password, int iterations, String role, String language)
      throws Exception {
    String stored = storedPassword(password, iterations);
    try (Connection c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        PreparedStatement account =
            c.prepareStatement(
                "INSERT INTO staff_account (id, username, display_name, password_hash, language,"
                    + " created_at) VALUES (?, ?, ?, ?, ?, CURRENT_TIMESTAMP(3))");
        PreparedStatement grant =
            c.prepareStatement("INSERT INTO staff_role (staff_id, role) VALUES (?, ?)")) {
      account.setLong(1, id);
      account.setString(2, username);
      account.setString(3, "Test " + username);
      account.setString(4, stored);
      account.setString(5, language);
      account.executeUpdate();
      grant.setLong(1, id);
      grant.setString(2, role);
      grant.executeUpdate();
    }
  }

  /** Makes a staff account a member (or head) of a unit. */
  public static void joinUnit(long staffId, String unitCode, String memberRole) throws Exception {
    try (Connection c = TestDatabase.dataSource(TestDatabase.url()).getConnection();
        PreparedStatement join =
            c.prepareStatement(
                "INSERT INTO unit_membership (id, staff_id, unit_id, member_role)"
                    + " SELECT ?, ?, id, ? FROM community_unit WHERE code = ?")) {
      join.setLong(1, staffId + 500_000);
      join.setLong(2, staffId);
      join.setString(3, memberRole);
      join.setString(4, unitCode);
      if (join.executeUpdate() != 1) {
        throw new AssertionError("no unit " + unitCode);
      }
    }
  }
}
