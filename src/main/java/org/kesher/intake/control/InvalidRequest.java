package org.kesher.intake.control;

import java.util.List;

/** A submission that breaks the rules of its form; nothing of it is stored. */
public class InvalidRequest extends RuntimeException {

  /** One invalid field, with a message key of {@code i18n.problems} ({@code field.<problem>}). */
  public record FieldProblem(String field, String problem) {}

  private final List<FieldProblem> problems;

  public InvalidRequest(List<FieldProblem> problems) {
    super("invalid request: " + problems.size() + " field problems", null, false, false);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
