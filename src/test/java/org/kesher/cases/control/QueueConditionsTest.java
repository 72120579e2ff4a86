package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kesher.cases.entity.CaseStatus;

/** Which of the word index's ranges (open cases', closed cases') a search of each view reads. */
class QueueConditionsTest {

  private static List<Boolean> read(Queue queue, CaseStatus status) {
    return QueueConditions.openStates(new QueueFilter(queue, null, status, null, "words"));
  }

  @Test
  void theWorkQueuesReadOpenCasesTheClosedViewClosedOnesAndAllCasesBoth() {
    for (Queue queue :
        List.of(Queue.UNASSIGNED, Queue.MINE, Queue.OPEN, Queue.WAITING, Queue.OVERDUE)) {
      assertEquals(List.of(true), read(queue, null), queue.name());
    }
    assertEquals(List.of(false), read(Queue.CLOSED, null));
    assertEquals(List.of(true, false), read(Queue.ALL, null));
  }

  @Test
  void aStatusFilterReadsOnlyTheRangeOfItsStatus() {
    assertEquals(List.of(false), read(Queue.ALL, CaseStatus.RESOLVED));
    assertEquals(List.of(true), read(Queue.ALL, CaseStatus.WAITING_FOR_RESIDENT));
    assertEquals(List.of(false), read(Queue.CLOSED, CaseStatus.WITHDRAWN));
  }

  @Test
  void conditionsTogetherReadOnlyTheRangesBothAllow() {
    var open = new QueueConditions.Conditions("", q -> {}, List.of(1L), List.of(true));
    var either = new QueueConditions.Conditions("", q -> {});
    assertEquals(List.of(true), either.and(open).openStates());
    assertEquals(List.of(true), open.and(either).openStates());
    var closed = new QueueConditions.Conditions("", q -> {}, List.of(2L), List.of(false));
    assertEquals(List.of(), open.and(closed).openStates(), "no case is both");
    assertEquals(List.of(1L, 2L), open.and(closed).words());
  }
}
