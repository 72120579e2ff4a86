package org.kesher.intake.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Arrays;
import java.util.Map;
import org.kesher.ground.control.JsonOnce;
import org.kesher.intake.control.FormDefinition.FieldDefinition;

/**
 * Reads a posted HTML form into the JSON shape of the REST API, so that a form and a JSON body go
 * through the same {@link IntakeRules}. Parameters are named as the JSON fields are ({@code name},
 * {@code answers.other_party}); nothing is validated here, only shaped.
 */
public final class FormPost {

  /** The honeypot: a field people never see and bots fill in. */
  public static final String HONEYPOT = "website";

  private static final String[] COMMON_TEXT = {
    "locality", "programme", "language", "name", "phone", "email"
  };

  private FormPost() {}

  public static JsonObject toJson(Map<String, String[]> params, FormDefinition form) {
    JsonObjectBuilder body =
        JsonOnce.PROVIDER.createObjectBuilder().add("requestType", form.requestType());
    for (String key : COMMON_TEXT) {
      first(params, key).filter(v -> !v.isBlank()).ifPresent(v -> body.add(key, v));
    }
    first(params, "emailSafe").ifPresent(v -> body.add("emailSafe", "true".equals(v)));
    body.add("consent", first(params, "consent").filter("true"::equals).isPresent());
    if (form.anonymousAllowed()) {
      body.add("anonymous", first(params, "anonymous").filter("true"::equals).isPresent());
    }
    JsonObjectBuilder answers = JsonOnce.PROVIDER.createObjectBuilder();
    for (FieldDefinition field : form.fields()) {
      String name = "answers." + field.code();
      switch (field.datatype()) {
        case MULTI_CHOICE -> {
          String[] chosen = params.getOrDefault(name, new String[0]);
          if (chosen.length > 0) {
            answers.add(field.code(), JsonOnce.PROVIDER.createArrayBuilder(Arrays.asList(chosen)));
          }
        }
        case BOOLEAN -> answers.add(field.code(), first(params, name).isPresent());
        case NUMBER ->
            first(params, name)
                .map(String::strip)
                .filter(v -> !v.isEmpty())
                .ifPresent(
                    v -> {
                      if (v.matches("-?[0-9]{1,9}")) {
                        answers.add(field.code(), Long.parseLong(v));
                      } else {
                        answers.add(field.code(), v);
                      }
                    });
        default ->
            first(params, name)
                .filter(v -> !v.isBlank())
                .ifPresent(v -> answers.add(field.code(), v));
      }
    }
    return body.add("answers", answers).build();
  }

  /** Whether the hidden field that only bots see was filled in. */
  public static boolean isFromBot(Map<String, String[]> params) {
    return first(params, HONEYPOT).filter(v -> !v.isBlank()).isPresent();
  }

  private static java.util.Optional<String> first(Map<String, String[]> params, String key) {
    String[] values = params.get(key);
    return values == null || values.length == 0
        ? java.util.Optional.empty()
        : java.util.Optional.ofNullable(values[0]);
  }
}
