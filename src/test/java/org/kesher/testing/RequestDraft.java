package org.kesher.testing;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * A resident's request as the intake API takes it, built field by field: {@code
 * aRequest("MEDIATION").in("HAIFA").from("Dana Levi", "053-5555555").answer("relationship",
 * "SAME_BUILDING").json()}. The resident consents to the handling of their details.
 */
public final class RequestDraft {

  private final JsonObjectBuilder request = Json.createObjectBuilder();
  private final JsonObjectBuilder answers = Json.createObjectBuilder();

  private RequestDraft(String requestType) {
    request.add("requestType", requestType);
  }

  /** A request of the type whose code is {@code requestType}. */
  public static RequestDraft aRequest(String requestType) {
    return new RequestDraft(requestType);
  }

  /** About the locality whose code is {@code locality}. */
  public RequestDraft in(String locality) {
    request.add("locality", locality);
    return this;
  }

  /** Written in {@code language} (he, ar, en). */
  public RequestDraft language(String language) {
    request.add("language", language);
    return this;
  }

  /** From a named resident who gives a phone number. */
  public RequestDraft from(String name, String phone) {
    request.add("name", name).add("phone", phone);
    return this;
  }

  /** From a named resident who gives an email address only. */
  public RequestDraft fromMail(String name, String email) {
    return named(name).email(email, true);
  }

  public RequestDraft named(String name) {
    request.add("name", name);
    return this;
  }

  /**
   * An email address; {@code safe} says whether mail may be sent to it (a protection contact may
   * not want it).
   */
  public RequestDraft email(String email, boolean safe) {
    request.add("email", email).add("emailSafe", safe);
    return this;
  }

  /** Without a name or contact details. */
  public RequestDraft anonymous() {
    request.add("anonymous", true);
    return this;
  }

  public RequestDraft answer(String field, String value) {
    answers.add(field, value);
    return this;
  }

  public RequestDraft answer(String field, boolean value) {
    answers.add(field, value);
    return this;
  }

  /** A multiple-choice answer: the codes chosen. */
  public RequestDraft choices(String field, String... codes) {
    var chosen = Json.createArrayBuilder();
    for (String code : codes) {
      chosen.add(code);
    }
    answers.add(field, chosen);
    return this;
  }

  /** The request as JSON text; a draft is written once. */
  public String json() {
    return request.add("consent", true).add("answers", answers).build().toString();
  }

  /** A resident's reply on their case, as JSON text. */
  public static String reply(String message) {
    return Json.createObjectBuilder().add("message", message).build().toString();
  }
}
