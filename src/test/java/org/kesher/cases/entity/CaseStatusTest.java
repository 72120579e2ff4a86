package org.kesher.cases.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CaseStatusTest {

  @Test
  void followsTheStatusModelOfTheDomain() {
    assertTrue(CaseStatus.NEW.canMoveTo(CaseStatus.ASSIGNED));
    assertTrue(CaseStatus.IN_PROGRESS.canMoveTo(CaseStatus.WAITING_FOR_RESIDENT));
    assertTrue(CaseStatus.WAITING_FOR_RESIDENT.canMoveTo(CaseStatus.IN_PROGRESS));
    assertTrue(CaseStatus.RESOLVED.canMoveTo(CaseStatus.CLOSED));
    assertTrue(CaseStatus.RESOLVED.canMoveTo(CaseStatus.IN_PROGRESS), "a reply reopens");
    assertTrue(CaseStatus.NEW.canMoveTo(CaseStatus.REFERRED));
  }

  @Test
  void refusesWhatTheModelDoesNotAllow() {
    assertFalse(CaseStatus.NEW.canMoveTo(CaseStatus.CLOSED));
    assertFalse(CaseStatus.CLOSED.canMoveTo(CaseStatus.IN_PROGRESS));
    assertFalse(CaseStatus.WITHDRAWN.canMoveTo(CaseStatus.NEW));
    assertFalse(CaseStatus.IN_PROGRESS.canMoveTo(CaseStatus.IN_PROGRESS));
    assertFalse(CaseStatus.DUPLICATE.isOpen());
    assertTrue(CaseStatus.WAITING_FOR_RESIDENT.isOpen());
  }
}
