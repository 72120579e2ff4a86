package org.kesher.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.sql.SQLException;

/**
 * What the run's main database holds about a case, asserted in the domain's words: {@code
 * storedCase(reference).hasStatus("REFERRED").isInUnit("MEDIATION")}. Each assertion reads the
 * case's row again, so that it sees what a change just committed.
 */
public final class CaseAssert {

  private final String reference;
  private final String why;

  private CaseAssert(String reference, String why) {
    this.reference = reference;
    this.why = why;
  }

  /** The case stored under {@code reference}; fails when there is none. */
  public static CaseAssert storedCase(String reference) throws SQLException {
    assertNotNull(
        TestDatabase.column("SELECT id FROM case_file WHERE reference = ?", reference),
        "a case " + reference + " is stored");
    return new CaseAssert(reference, "");
  }

  /** The reason the next assertions give when they fail. */
  public CaseAssert because(String reason) {
    return new CaseAssert(reference, reason);
  }

  public CaseAssert hasStatus(String status) throws SQLException {
    return is(status, "status", "SELECT status FROM case_file WHERE reference = ?");
  }

  /** Assigned to the staff account {@code staffId}. */
  public CaseAssert isAssignedTo(long staffId) throws SQLException {
    return is(
        String.valueOf(staffId),
        "caseworker",
        "SELECT assignee_id FROM case_file WHERE reference = ?");
  }

  /** Owned by the unit whose code is {@code unitCode}. */
  public CaseAssert isInUnit(String unitCode) throws SQLException {
    return is(
        unitCode,
        "unit",
        "SELECT u.code FROM case_file c JOIN community_unit u ON u.id = c.unit_id"
            + " WHERE c.reference = ?");
  }

  /** Opened through {@code channel} (WEB_FORM, PHONE, EMAIL, REFERRAL...). */
  public CaseAssert cameBy(String channel) throws SQLException {
    return is(channel, "channel", "SELECT channel FROM case_file WHERE reference = ?");
  }

  /** Holds {@code count} events of {@code kind} (INTERNAL_NOTE, RESIDENT_REPLY...). */
  public CaseAssert hasEvents(String kind, int count) throws SQLException {
    assertEquals(
        String.valueOf(count),
        TestDatabase.column(
            "SELECT COUNT(*) FROM case_event e JOIN case_file c ON c.id = e.case_id"
                + " WHERE e.kind = ? AND c.reference = ?",
            kind,
            reference),
        () -> reference + "'s " + kind + " events" + reason());
    return this;
  }

  private CaseAssert is(String expected, String what, String sql) throws SQLException {
    assertEquals(
        expected, TestDatabase.column(sql, reference), () -> reference + "'s " + what + reason());
    return this;
  }

  private String reason() {
    return why.isEmpty() ? "" : ": " + why;
  }
}
