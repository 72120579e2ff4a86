package org.kesher.intake.control;

import jakarta.json.JsonObject;
import org.kesher.cases.entity.Requester;
import org.kesher.ground.control.Language;

/** A request that passed validation: ready to become a case. */
public record Submission(
    String requestType,
    String locality,
    Language language,
    Requester requester,
    JsonObject answers,
    String programme) {

  /** A request about no programme. */
  public Submission(
      String requestType,
      String locality,
      Language language,
      Requester requester,
      JsonObject answers) {
    this(requestType, locality, language, requester, answers, null);
  }
}
