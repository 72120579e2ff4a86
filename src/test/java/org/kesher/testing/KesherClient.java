package org.kesher.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Talks to a running Kesher over HTTP, as a browser or an API client would. */
public final class KesherClient {

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /**
   * @param base the application's root, e.g. {@code http://localhost:8080/}
   */
  public KesherClient(URI base) {
    this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
  }

  public URI base() {
    return base;
  }

  /** A GET of a path relative to the application root, or absolute from the server root. */
  public HttpResponse<String> get(String path, String... headers) {
    var request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** One part of a multipart/form-data body; a file when it has a file name. */
  public record Part(String name, String fileName, String contentType, byte[] content) {
    public static Part text(String name, String contentType, String value) {
      return new Part(name, null, contentType, value.getBytes(StandardCharsets.UTF_8));
    }

    public static Part file(String name, String fileName, byte[] content) {
      return new Part(name, fileName, "application/octet-stream", content);
    }
  }

  /** A POST of a multipart/form-data body, as a browser's form with files sends it. */
  public HttpResponse<String> postMultipart(String path, List<Part> parts, String... headers) {
    String boundary = "kesher-" + UUID.randomUUID();
    var body = new ByteArrayOutputStream();
    for (Part part : parts) {
      String disposition =
          "form-data; name=\""
              + part.name()
              + "\""
              + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"");
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: "
                  + disposition
                  + "\r\nContent-Type: "
                  + part.contentType()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    String[] all = Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Content-Type";
    all[headers.length + 1] = "multipart/form-data; boundary=" + boundary;
    return send(path, HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()), all);
  }

  /** A POST of a JSON body (unless a Content-Type header says otherwise). */
  public HttpResponse<String> post(String path, String body, String... headers) {
    boolean typed = false;
    for (int i = 0; i + 1 < headers.length; i += 2) {
      typed |= headers[i].equalsIgnoreCase("Content-Type");
    }
    if (typed) {
      return send(path, HttpRequest.BodyPublishers.ofString(body), headers);
    }
    String[] all = Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Content-Type";
    all[headers.length + 1] = "application/json";
    return send(path, HttpRequest.BodyPublishers.ofString(body), all);
  }

  private HttpResponse<String> send(
      String path, HttpRequest.BodyPublisher body, String... headers) {
    var request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).POST(body);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("POST " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Opens a request through the API; fails the test unless it is taken (201). The receipt. */
  public JsonObject opened(String json) {
    var created = post("api/v1/requests", json);
    org.junit.jupiter.api.Assertions.assertEquals(201, created.statusCode(), created.body());
    return json(created).asJsonObject();
  }

  public static JsonStructure json(HttpResponse<String> response) {
    return Json.createReader(new StringReader(response.body())).read();
  }
}
