package org.kesher.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * When a case reached the points its service level is measured by: the first response to the
 * resident, the resolution and the closing. A value: every change makes a new one.
 */
@Embeddable
public class Milestones {

  @Column(name = "first_responded_at")
  private Instant firstRespondedAt;

  @Column(name = "resolved_at")
  private Instant resolvedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** None reached yet; also what JPA builds the stored ones in. */
  protected Milestones() {}

  private Milestones(Instant firstRespondedAt, Instant resolvedAt, Instant closedAt) {
    this.firstRespondedAt = firstRespondedAt;
    this.resolvedAt = resolvedAt;
    this.closedAt = closedAt;
  }

  /** None reached yet, as a new case has them. */
  static Milestones none() {
    return new Milestones();
  }

  /**
   * After a move from {@code before} to {@code next}: resolving or closing is recorded, leaving
   * RESOLVED forgets the resolution, and a move by staff out of NEW or ASSIGNED is the first
   * response if none came yet.
   */
  Milestones moved(CaseStatus before, CaseStatus next, boolean byStaff, Instant now) {
    Instant resolved = resolvedAt;
    Instant closed = closedAt;
    if (next == CaseStatus.RESOLVED) {
      resolved = now;
    } else if (next == CaseStatus.CLOSED) {
      closed = now;
    } else if (before == CaseStatus.RESOLVED) {
      resolved = null;
    }
    boolean untouched = before == CaseStatus.NEW || before == CaseStatus.ASSIGNED;
    Instant responded = firstRespondedAt == null && byStaff && untouched ? now : firstRespondedAt;
    return new Milestones(responded, resolved, closed);
  }

  /** After an answer to the resident: the first one is the first response. */
  Milestones answered(Instant now) {
    return new Milestones(firstRespondedAt == null ? now : firstRespondedAt, resolvedAt, closedAt);
  }

  /** After the case went back to work: it is no longer resolved. */
  Milestones reopened() {
    return new Milestones(firstRespondedAt, null, closedAt);
  }

  Instant firstRespondedAt() {
    return firstRespondedAt;
  }

  /** Whether the resolution, if recorded, is at most {@code window} before {@code now}. */
  boolean resolvedWithin(Duration window, Instant now) {
    return resolvedAt == null || !now.isAfter(resolvedAt.plus(window));
  }
}
