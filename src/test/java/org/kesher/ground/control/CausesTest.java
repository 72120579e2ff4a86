package org.kesher.ground.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.MessagingException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CausesTest {

  @Test
  void theFailureFirstThenItsCausesInwards() {
    var root = new IllegalArgumentException("root");
    var middle = new IllegalStateException("middle", root);
    var outer = new RuntimeException("outer", middle);
    assertEquals(List.of(outer, middle, root), Causes.of(outer));
  }

  @Test
  void theNextExceptionsOfABatchAndOfAMailCount() {
    var batch = new BatchUpdateException("batch", new int[0]);
    var refused = new SQLException("Communications link failure", "08S01");
    batch.setNextException(refused);
    var wrapped = new RuntimeException("commit failed", batch);
    assertEquals(List.of(wrapped, batch, refused), Causes.of(wrapped));

    var address = new MessagingException("550 no such mailbox");
    var send = new MessagingException("send failed", address);
    assertTrue(Causes.of(send).contains(address));
  }

  @Test
  void aLoopEndsAndEachFailureComesOnce() {
    var first = new RuntimeException("first");
    var second = new RuntimeException("second", first);
    first.initCause(second);
    assertEquals(List.of(first, second), Causes.of(first));
    assertFalse(Causes.any(first, IllegalStateException.class::isInstance));
    assertTrue(Causes.any(first, t -> "second".equals(t.getMessage())));
  }

  @Test
  void noFailureHasNoCauses() {
    assertEquals(List.of(), Causes.of(null));
  }
}
