package org.kesher.cases.entity;

/**
 * An action the case rules do not allow (an invalid status transition, assigning a closed case).
 * {@code code} is a message key, so each surface can say it in the viewer's language.
 */
public class CaseRuleViolation extends RuntimeException {

  private final String code;

  public CaseRuleViolation(String code, String message) {
    super(message);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
