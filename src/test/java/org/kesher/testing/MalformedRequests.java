package org.kesher.testing;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.kesher.app.control.SeedData;

/**
 * Generated malformed requests (jqwik's generators) to the REST API and the public form. Each is
 * built so that no rule could accept it, whatever else it holds (a required answer missing, consent
 * refused or of the wrong kind, JSON cut short, an unknown request type, text beyond its limit, an
 * invalid address, garbage, the wrong media type), so a server that stores one has a fault. Free
 * text mixes random Unicode with Hebrew, Arabic, direction marks, NUL, quotes, markup, SQL and
 * expression fragments.
 */
public final class MalformedRequests {

  /**
   * One generated request: method, path (relative), content type, and body; for a GET, the body is
   * the X-Tracking-Code header's value.
   */
  public record Attempt(String method, String path, String contentType, String body) {}

  private static final List<String> NASTY =
      List.of(
          "'; DROP TABLE case_file; --",
          "\" OR 1=1 --",
          "\u0000",
          "\u202e\u200f",
          "שלום רב",
          "مرحبا",
          "<script>alert(1)</script>",
          "%00%zz%",
          "${jndi:ldap://x/y}",
          "#{1+1}",
          "\\",
          "\"",
          "😀",
          "\ud800",
          "KS-2026-000001",
          "050-1234567");

  /** The seeded types, in a fixed order so that a seed repeats its run. */
  private static final List<String> TYPES = SeedData.REQUEST_TYPES.stream().sorted().toList();

  /**
   * One JSON provider for every request generated: {@code Json.createObjectBuilder()} looks the
   * provider up through the service loader each time, which took most of the generation's time.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private MalformedRequests() {}

  /** Endless attempts: mostly to the API, some to the public form, some to the tracking API. */
  public static Stream<Attempt> stream() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(6, api()),
            net.jqwik.api.Tuple.of(3, form()),
            net.jqwik.api.Tuple.of(1, tracking()))
        .sampleStream();
  }

  static Arbitrary<String> text(int maxLength) {
    Arbitrary<String> random = Arbitraries.strings().all().ofMaxLength(maxLength);
    Arbitrary<String> nasty = Arbitraries.of(NASTY);
    Arbitrary<String> mixed = Combinators.combine(random, nasty, random).as((a, b, c) -> a + b + c);
    return Arbitraries.oneOf(random, nasty, mixed);
  }

  /** A request the rules would take, as the base that each mutation breaks. */
  private static Arbitrary<JsonObject> wellFormed() {
    return Combinators.combine(
            Arbitraries.of(TYPES), Arbitraries.of("he", "ar", "en"), text(60), text(80), text(300))
        .as(
            (type, language, name, subject, description) ->
                JSON.createObjectBuilder()
                    .add("requestType", type)
                    .add("language", language)
                    .add("name", "Fuzz " + name)
                    .add("email", "fuzz@faults.example")
                    .add("emailSafe", true)
                    .add("consent", true)
                    .add(
                        "answers",
                        JSON.createObjectBuilder()
                            .add("subject", "s " + subject)
                            .add("description", "d " + description))
                    .build());
  }

  private static Arbitrary<Attempt> api() {
    Arbitrary<String> body =
        Combinators.combine(wellFormed(), Arbitraries.integers().between(0, 10), text(40))
            .as(MalformedRequests::broken);
    Arbitrary<Attempt> json =
        body.map(b -> new Attempt("POST", "api/v1/requests", "application/json", b));
    Arbitrary<Attempt> garbage =
        text(2000).map(b -> new Attempt("POST", "api/v1/requests", "application/json", b));
    Arbitrary<Attempt> wrongMedia =
        Combinators.combine(
                wellFormed(), Arbitraries.of("text/plain", "application/xml", "image/png"))
            .as((valid, type) -> new Attempt("POST", "api/v1/requests", type, valid.toString()));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, json),
        net.jqwik.api.Tuple.of(1, garbage),
        net.jqwik.api.Tuple.of(1, wrongMedia));
  }

  /** A well-formed request broken in one way that no rule accepts. */
  static String broken(JsonObject valid, int how, String noise) {
    var changed = JSON.createObjectBuilder(valid);
    var answers = JSON.createObjectBuilder(valid.getJsonObject("answers"));
    switch (how) {
      case 0 -> changed.remove("requestType");
      case 1 -> changed.add("requestType", "NO_SUCH_TYPE " + noise);
      case 2 -> changed.add("consent", false);
      case 3 -> changed.remove("consent");
      case 4 -> changed.add("consent", JSON.createArrayBuilder().add(true));
      case 5 -> changed.add("answers", noise);
      case 6 -> changed.add("answers", JSON.createArrayBuilder().add(noise));
      case 7 -> changed.add("answers", answers.remove("subject").remove("description"));
      case 8 -> changed.add("answers", answers.add("description", "x".repeat(4001) + noise));
      case 9 -> changed.add("email", "no-at-sign " + noise.replace("@", ""));
      default -> {
        // cut short: no prefix of an object's text is a whole object
        String whole = valid.toString();
        return whole.substring(0, Math.abs(noise.hashCode()) % whole.length());
      }
    }
    JsonValue result = changed.build();
    return result.toString();
  }

  /** The public form without consent (always required), with noise in every field. */
  private static Arbitrary<Attempt> form() {
    return Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of(TYPES), text(20)),
            text(100),
            text(40),
            text(200),
            Arbitraries.integers().between(0, 3))
        .as(
            (type, name, phone, answer, extra) -> {
              StringBuilder body = new StringBuilder();
              body.append("type=").append(encode(type));
              body.append("&name=").append(encode(name));
              body.append("&phone=").append(encode(phone));
              body.append("&answers.subject=").append(encode(answer));
              body.append("&answers.description=").append(encode(answer));
              if (extra == 1) {
                body.append("&consent=").append(encode("no " + name)); // not "true"
              } else if (extra == 2) {
                body.append("&").append(answer); // raw: broken percent-encoding, stray = and &
              } else if (extra == 3) {
                body.append("&website=").append(encode("http://bot.example/" + phone)); // the trap
              }
              return new Attempt(
                  "POST",
                  "request.xhtml?type=" + encode(type),
                  "application/x-www-form-urlencoded",
                  body.toString());
            });
  }

  /**
   * References that look right but name no possible case: a year before 2000, number zero, too many
   * digits, other spellings of the same number.
   */
  static Arbitrary<String> impossibleReferences() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 2_100),
            Arbitraries.longs().between(0, 1_000),
            Arbitraries.integers().between(6, 10),
            Arbitraries.of("KS", "ks", " KS", "Ks"))
        .as(
            (year, number, digits, prefix) ->
                prefix
                    + "-"
                    + String.format("%04d", year)
                    + "-"
                    + String.format("%0" + digits + "d", year % 2 == 0 ? 0 : number));
  }

  /** The tracking API with made-up references (half of them well-formed) and codes. */
  private static Arbitrary<Attempt> tracking() {
    return Combinators.combine(Arbitraries.oneOf(text(30), impossibleReferences()), text(30))
        .as(
            (reference, code) ->
                new Attempt(
                    "GET",
                    "api/v1/requests/" + encode(reference).replace("+", "%20"),
                    null,
                    // a header value holds visible ASCII only
                    code.replaceAll("[^\\x20-\\x7e]", "")));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
