package org.kesher.ground.boundary;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class ScrubbedTest {

  @Test
  void keepsClassesAndStacksButNoMessageThatMayCarryCaseContent() {
    var sql =
        new SQLException(
            "Duplicate entry 'רות אברהם 050-1234567' for key 'uq_case_file_reference'");
    var failure = new IllegalStateException("saving the case of רות אברהם failed", sql);

    Throwable scrubbed = Scrubbed.of(failure);
    var trace = new StringWriter();
    scrubbed.printStackTrace(new PrintWriter(trace));

    assertFalse(trace.toString().contains("רות"), trace.toString());
    assertFalse(trace.toString().contains("050-1234567"));
    assertEquals(IllegalStateException.class.getName(), scrubbed.getMessage());
    assertEquals(SQLException.class.getName(), scrubbed.getCause().getMessage());
    assertArrayEquals(failure.getStackTrace(), scrubbed.getStackTrace());
  }
}
