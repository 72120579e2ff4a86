package org.kesher.intake.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.ArrayList;
import java.util.List;
import org.kesher.catalogue.entity.FieldDatatype;
import org.kesher.intake.control.InvalidRequest.FieldProblem;

/**
 * A new request and its files that kept the rules ({@link IntakeRules}, {@link AttachmentRules}),
 * with what the catalogue knows of its type and locality: all a case is opened from.
 *
 * @param typeId the request type's id
 * @param localityId the locality's id, or null when the resident named none
 * @param programmeId the id of the programme the request is about, or null
 * @param texts the answers to the form's free-text fields: what the word index keeps of it
 */
record CheckedRequest(
    Submission submission,
    long typeId,
    Long localityId,
    Long programmeId,
    List<CheckedFile> files,
    List<String> texts) {

  /**
   * Checks the body and the files together, so one answer lists every problem. Reads nothing but
   * the catalogue in memory.
   *
   * @throws InvalidRequest when the body or a file breaks the rules
   */
  static CheckedRequest of(
      JsonObject body, List<IncomingFile> files, IntakeCatalogue.Terms catalogue) {
    List<FieldProblem> problems = new ArrayList<>();
    Submission submission = null;
    try {
      submission =
          IntakeRules.check(
              body,
              code -> catalogue.type(code).map(IntakeCatalogue.IntakeType::form),
              catalogue.localities().keySet());
    } catch (InvalidRequest invalid) {
      problems.addAll(invalid.problems());
    }
    List<CheckedFile> checked = AttachmentRules.check(files, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    IntakeCatalogue.IntakeType intakeType = catalogue.type(submission.requestType()).orElseThrow();
    Long localityId =
        submission.locality() == null ? null : catalogue.localities().get(submission.locality());
    return new CheckedRequest(
        submission,
        intakeType.id(),
        localityId,
        submission.programme() == null ? null : catalogue.programmes().get(submission.programme()),
        checked,
        textAnswers(submission, intakeType.form()));
  }

  private static List<String> textAnswers(Submission submission, FormDefinition form) {
    List<String> texts = new ArrayList<>();
    for (FormDefinition.FieldDefinition field : form.fields()) {
      if ((field.datatype() == FieldDatatype.TEXT || field.datatype() == FieldDatatype.TEXTAREA)
          && submission.answers().get(field.code()) instanceof JsonString text) {
        texts.add(text.getString());
      }
    }
    return texts;
  }
}
