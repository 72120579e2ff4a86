package org.kesher.intake.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kesher.intake.control.InvalidRequest.FieldProblem;

/**
 * A resident's reply to their case and its files, checked ({@link IntakeRules#checkReply}, {@link
 * AttachmentRules}): the text and files to add to the case.
 */
record CheckedReply(String message, List<CheckedFile> files) {

  /**
   * A reply from the tracking page: the text and the files are checked together, so one answer
   * lists every problem.
   *
   * @throws InvalidRequest when the text is missing or too long, or a file breaks the rules
   */
  static CheckedReply of(String text, List<IncomingFile> files) {
    List<FieldProblem> problems = new ArrayList<>();
    String message = null;
    try {
      message = IntakeRules.checkReply(text);
    } catch (InvalidRequest invalid) {
      problems.addAll(invalid.problems());
    }
    List<CheckedFile> checked = AttachmentRules.check(files, problems);
    if (!problems.isEmpty()) {
      throw new InvalidRequest(problems);
    }
    return new CheckedReply(message, checked);
  }

  /**
   * A reply by mail: with the files that keep the rules, up to the most a reply may have (the
   * others are left out), or empty when the text is missing or too long.
   */
  static Optional<CheckedReply> byMail(String text, List<IncomingFile> files) {
    String message;
    try {
      message = IntakeRules.checkReply(text);
    } catch (InvalidRequest invalid) {
      return Optional.empty();
    }
    List<CheckedFile> checked = new ArrayList<>();
    for (IncomingFile file : files) {
      List<FieldProblem> problems = new ArrayList<>();
      List<CheckedFile> one = AttachmentRules.check(List.of(file), problems);
      if (problems.isEmpty() && checked.size() < AttachmentRules.MAX_FILES) {
        checked.addAll(one);
      }
    }
    return Optional.of(new CheckedReply(message, checked));
  }
}
