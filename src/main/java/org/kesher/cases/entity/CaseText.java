package org.kesher.cases.entity;

import org.kesher.ground.control.Israel;

/** The rule for the text of a note, a reply or a referral's summary: some text, not too long. */
public final class CaseText {

  /** The longest note, reply or referral summary, in characters. */
  public static final int MAX = Israel.LONG_TEXT;

  private CaseText() {}

  /**
   * {@code text} without its surrounding spaces.
   *
   * @throws CaseRuleViolation when it is empty or longer than {@link #MAX}
   */
  public static String required(String text) {
    if (text == null || text.isBlank()) {
      throw new CaseRuleViolation("case.emptyText", "a note or reply needs some text");
    }
    if (text.strip().length() > MAX) {
      throw new CaseRuleViolation(
          "case.textTooLong", "a note or reply is at most " + MAX + " characters");
    }
    return text.strip();
  }
}
