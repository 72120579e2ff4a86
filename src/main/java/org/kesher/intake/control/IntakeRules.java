package org.kesher.intake.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.kesher.cases.entity.Requester;
import org.kesher.ground.control.EmailAddress;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;
import org.kesher.intake.control.FormDefinition.FieldDefinition;
import org.kesher.intake.control.InvalidRequest.FieldProblem;

/**
 * The rules a new request must keep, the same for every surface: the common part (type, locality,
 * language, contact, consent) and the type's own fields as its {@link FormDefinition} says.
 * Collects every problem at once, so the resident can fix them all in one go.
 */
public final class IntakeRules {

  static final Set<String> TOP_LEVEL =
      Set.of(
          "requestType",
          "locality",
          "programme",
          "language",
          "name",
          "phone",
          "email",
          "emailSafe",
          "consent",
          "anonymous",
          "answers");
  static final int NAME_MAX = 200;

  /** Found once: each {@code JsonOnce.PROVIDER.create...} call looks the provider up again. */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** What a phone number may look like, wherever a resident gives one. */
  static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 \\-]{6,19}");

  private static final int TEXT_MAX_DEFAULT = Israel.LONG_TEXT;

  private IntakeRules() {}

  /**
   * @param forms the form of each active request type, by code
   * @param localities the active locality codes
   * @throws InvalidRequest with every problem found
   */
  public static Submission check(
      JsonObject body, Function<String, Optional<FormDefinition>> forms, Set<String> localities) {
    List<FieldProblem> problems = new ArrayList<>();
    for (String key : body.keySet()) {
      if (!TOP_LEVEL.contains(key)) {
        problems.add(new FieldProblem(key, "unknown-field"));
      }
    }
    Optional<FormDefinition> form = text(body, "requestType", problems).flatMap(forms);
    if (form.isEmpty() && problems.stream().noneMatch(p -> p.field().equals("requestType"))) {
      problems.add(new FieldProblem("requestType", "unknown-request-type"));
    }
    String locality = text(body, "locality", problems).orElse(null);
    if (locality != null && !localities.contains(locality)) {
      problems.add(new FieldProblem("locality", "not-an-option"));
    }
    String programme = text(body, "programme", problems).orElse(null);
    if (programme != null && form.isPresent() && !form.get().programmes().contains(programme)) {
      problems.add(new FieldProblem("programme", "not-an-option"));
    }
    Language language =
        text(body, "language", problems)
            .map(
                code -> {
                  Optional<Language> known = Language.fromCode(code);
                  if (known.isEmpty() || code.length() != 2) {
                    problems.add(new FieldProblem("language", "not-an-option"));
                  }
                  return known.orElse(Language.DEFAULT);
                })
            .orElse(Language.DEFAULT);

    boolean anonymous = bool(body, "anonymous", problems).orElse(false);
    String name = text(body, "name", problems).map(String::strip).orElse(null);
    String phone = text(body, "phone", problems).map(String::strip).orElse(null);
    String email = text(body, "email", problems).map(String::strip).orElse(null);
    boolean emailSafe = bool(body, "emailSafe", problems).orElse(false);
    if (!bool(body, "consent", problems).orElse(false)) {
      problems.add(new FieldProblem("consent", "consent-required"));
    }
    if (anonymous) {
      if (form.isPresent() && !form.get().anonymousAllowed()) {
        problems.add(new FieldProblem("anonymous", "anonymous-not-allowed"));
      }
      if (name != null || phone != null || email != null) {
        problems.add(new FieldProblem("anonymous", "anonymous-with-contact"));
      }
    } else {
      if (name == null || name.isEmpty()) {
        problems.add(new FieldProblem("name", "required"));
      } else if (name.length() > NAME_MAX) {
        problems.add(new FieldProblem("name", "too-long"));
      }
      if (phone == null && email == null) {
        problems.add(new FieldProblem("phone", "contact-required"));
      }
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problems.add(new FieldProblem("phone", "invalid-phone"));
    }
    if (email != null && !EmailAddress.isPlausible(email)) {
      problems.add(new FieldProblem("email", "invalid-email"));
    }

    JsonObject answers = JsonValue.EMPTY_JSON_OBJECT;
    JsonValue given = body.get("answers");
    if (given != null && given.getValueType() != JsonValue.ValueType.OBJECT) {
      problems.add(new FieldProblem("answers", "wrong-type"));
    } else if (form.isPresent()) {
      answers =
          answers(
              given == null ? JsonValue.EMPTY_JSON_OBJECT : given.asJsonObject(),
              form.get(),
              problems);
    }
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    Requester requester =
        anonymous ? Requester.anonymous() : new Requester(name, phone, email, emailSafe);
    return new Submission(
        form.get().requestType(), locality, language, requester, answers, programme);
  }

  /**
   * A resident's reply on their tracking page: some text, not more than a free-text field.
   *
   * @return the text, stripped
   * @throws InvalidRequest when it is missing or too long
   */
  public static String checkReply(String text) {
    String message = text == null ? "" : text.strip();
    if (message.isEmpty()) {
      throw new InvalidRequest(List.of(new FieldProblem("message", "required")));
    }
    if (message.length() > TEXT_MAX_DEFAULT) {
      throw new InvalidRequest(List.of(new FieldProblem("message", "too-long")));
    }
    return message;
  }

  /** The type's own fields: known, of their datatype, within their limits, required ones given. */
  static JsonObject answers(JsonObject given, FormDefinition form, List<FieldProblem> problems) {
    JsonObjectBuilder clean = JSON.createObjectBuilder();
    Set<String> known = new HashSet<>();
    for (FieldDefinition field : form.fields()) {
      known.add(field.code());
      String path = "answers." + field.code();
      JsonValue value = given.get(field.code());
      if (value == null
          || value == JsonValue.NULL
          || value instanceof JsonString s && s.getString().isBlank()) {
        if (field.required()) {
          problems.add(new FieldProblem(path, "required"));
        }
        continue;
      }
      Optional<JsonValue> checked = check(field, value, path, problems);
      checked.ifPresent(v -> clean.add(field.code(), v));
    }
    for (Map.Entry<String, JsonValue> entry : given.entrySet()) {
      if (!known.contains(entry.getKey())) {
        problems.add(new FieldProblem("answers." + entry.getKey(), "unknown-field"));
      }
    }
    return clean.build();
  }

  private static Optional<JsonValue> check(
      FieldDefinition field, JsonValue value, String path, List<FieldProblem> problems) {
    switch (field.datatype()) {
      case TEXT, TEXTAREA -> {
        if (!(value instanceof JsonString s)) {
          return wrong(path, "wrong-type", problems);
        }
        int max = field.maxLength() == null ? TEXT_MAX_DEFAULT : field.maxLength();
        if (s.getString().strip().length() > max) {
          return wrong(path, "too-long", problems);
        }
        return Optional.of(JSON.createValue(s.getString().strip()));
      }
      case CHOICE -> {
        if (!(value instanceof JsonString s) || !field.options().contains(s.getString())) {
          return wrong(path, "not-an-option", problems);
        }
        return Optional.of(value);
      }
      case MULTI_CHOICE -> {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
          return wrong(path, "wrong-type", problems);
        }
        var chosen = value.asJsonArray();
        boolean allKnown =
            chosen.stream()
                .allMatch(
                    v -> v instanceof JsonString s && field.options().contains(s.getString()));
        if (!allKnown || chosen.size() > field.options().size()) {
          return wrong(path, "not-an-option", problems);
        }
        if (chosen.isEmpty() && field.required()) {
          return wrong(path, "required", problems);
        }
        return Optional.of(value);
      }
      case NUMBER -> {
        if (value.getValueType() != JsonValue.ValueType.NUMBER
            || !((jakarta.json.JsonNumber) value).isIntegral()
            || ((jakarta.json.JsonNumber) value).longValue() < 0
            || ((jakarta.json.JsonNumber) value).longValue() > 10_000) {
          return wrong(path, "not-a-number", problems);
        }
        return Optional.of(value);
      }
      case BOOLEAN -> {
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
          return wrong(path, "wrong-type", problems);
        }
        return Optional.of(value);
      }
      case DATE -> {
        try {
          if (value instanceof JsonString s) {
            LocalDate.parse(s.getString());
            return Optional.of(value);
          }
        } catch (DateTimeParseException e) {
          // falls through to the problem below
        }
        return wrong(path, "not-a-date", problems);
      }
      default -> throw new IllegalStateException("unknown datatype " + field.datatype());
    }
  }

  private static Optional<JsonValue> wrong(
      String path, String problem, List<FieldProblem> problems) {
    problems.add(new FieldProblem(path, problem));
    return Optional.empty();
  }

  private static Optional<String> text(JsonObject body, String key, List<FieldProblem> problems) {
    JsonValue value = body.get(key);
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (!(value instanceof JsonString s)) {
      problems.add(new FieldProblem(key, "wrong-type"));
      return Optional.empty();
    }
    return s.getString().isBlank() ? Optional.empty() : Optional.of(s.getString());
  }

  private static Optional<Boolean> bool(JsonObject body, String key, List<FieldProblem> problems) {
    JsonValue value = body.get(key);
    if (value == null || value == JsonValue.NULL) {
      return Optional.empty();
    }
    if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
      problems.add(new FieldProblem(key, "wrong-type"));
      return Optional.empty();
    }
    return Optional.of(value == JsonValue.TRUE);
  }
}
