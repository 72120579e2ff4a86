package org.kesher.ground.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.junit.jupiter.api.Test;

class RepeatableFailureTest {

  @Test
  void aDeadlockOrAGaleraConflictIsRepeatedWhereverItIsInTheChain() {
    var deadlock = new SQLException("Deadlock found", "40001", 1213);
    assertTrue(RepeatableFailure.repeatable(new PersistenceException(deadlock)));
    assertTrue(RepeatableFailure.repeatable(new SQLException("Lock wait timeout", "HY000", 1205)));
  }

  @Test
  void aStatementOnALostConnectionIsRepeatedButNotALostCommit() {
    var lost = new SQLException("Communications link failure", "08S01");
    assertTrue(
        RepeatableFailure.repeatable(
            new PersistenceException(DatabaseException.sqlException(lost))));
    assertFalse(
        RepeatableFailure.repeatable(new jakarta.transaction.RollbackException("commit lost")),
        "no statement failed: the commit itself was lost");
    assertFalse(RepeatableFailure.repeatable(lost), "not from a statement sent by EclipseLink");
  }

  @Test
  void noConnectionFromThePoolInTimeIsNotRepeated() {
    var timedOut =
        new SQLTransientConnectionException(
            "kesher - Connection is not available, request timed out after 5000ms.",
            "08S01",
            new SQLException("Communications link failure", "08S01"));
    assertFalse(
        RepeatableFailure.repeatable(
            new PersistenceException(DatabaseException.sqlException(timedOut))),
        "the pool already waited its whole allowance: the caller hears of it now");
  }

  @Test
  void otherFailuresAreNotRepeated() {
    assertFalse(
        RepeatableFailure.repeatable(
            new PersistenceException(
                DatabaseException.sqlException(
                    new SQLException("Duplicate entry", "23000", 1062)))));
    assertFalse(RepeatableFailure.repeatable(new IllegalStateException("a bug")));
  }
}
