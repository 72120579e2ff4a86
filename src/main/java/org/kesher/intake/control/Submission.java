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
    JsonObject answers) {}
