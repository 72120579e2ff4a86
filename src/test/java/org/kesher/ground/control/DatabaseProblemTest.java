package org.kesher.ground.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseProblemTest {

  private static final String URL = "jdbc:mysql://db:3306/kesher?password=secret&useSSL=true";

  @Test
  void aRefusedLoginNamesUserAndPasswordSettings() {
    String line =
        DatabaseProblem.describe(
            new RuntimeException(new SQLException("Access denied", "28000", 1045)), URL, "kesher");
    assertTrue(line.contains("KESHER_DB_PASSWORD"), line);
    assertTrue(line.contains("'kesher'"), line);
  }

  @Test
  void anUnreachableServerNamesTheUrlWithoutItsParameters() {
    String line =
        DatabaseProblem.describe(
            new SQLException("Communications link failure\nmore detail", "08S01"), URL, "kesher");
    assertTrue(line.startsWith("KESHER_DB_URL"), line);
    assertTrue(line.contains("jdbc:mysql://db:3306/kesher:"), line);
    assertTrue(line.contains("cannot be reached"), line);
    assertFalse(line.contains("secret"), "no password from the URL in the line");
    assertFalse(line.contains("more detail"), "one line");
  }

  @Test
  void aMissingDatabaseSaysHowToCreateIt() {
    String line =
        DatabaseProblem.describe(new SQLException("Unknown database", "42000", 1049), URL, "k");
    assertTrue(line.contains("CREATE DATABASE"), line);
  }

  @Test
  void aDatabaseOutOfReachIsToldFromOtherFailuresThroughWrappers() {
    var lost = new SQLException("Communications link failure", "08S01");
    assertTrue(
        DatabaseProblem.unreachable(
            new RuntimeException("transaction", new IllegalStateException("query", lost))));
    assertTrue(
        DatabaseProblem.unreachable(
            new java.sql.SQLTransientConnectionException("kesher - Connection is not available")));
    assertTrue(DatabaseProblem.unreachable(new java.net.ConnectException("Connection refused")));
    var batch = new SQLException("batch failed", "HY000");
    batch.setNextException(new SQLException("socket closed", "08003"));
    assertTrue(DatabaseProblem.unreachable(batch), "the next exception counts too");
    assertTrue(
        DatabaseProblem.unreachable(
            new RuntimeException(new jakarta.transaction.SystemException("commit failed"))),
        "a transaction that could not be finished");
    var cutOff = new SQLException("No operations allowed after statement closed.", "S1009");
    assertTrue(
        DatabaseProblem.unreachable(
            new jakarta.persistence.PersistenceException(
                org.eclipse.persistence.exceptions.DatabaseException.sqlException(cutOff, true))),
        "EclipseLink found the connection dead after a batch was cut off");
    assertFalse(
        DatabaseProblem.unreachable(
            org.eclipse.persistence.exceptions.DatabaseException.sqlException(cutOff, false)),
        "the same failure on a connection that still answers is a fault");

    assertFalse(
        DatabaseProblem.unreachable(new SQLException("Duplicate entry", "23000", 1062)),
        "a constraint is a fault, not an outage");
    assertFalse(DatabaseProblem.unreachable(new IllegalStateException("a bug")));
    var loop = new RuntimeException("outer");
    var inner = new RuntimeException("inner", loop);
    loop.initCause(inner);
    assertFalse(DatabaseProblem.unreachable(loop), "a cause loop ends");
  }
}
