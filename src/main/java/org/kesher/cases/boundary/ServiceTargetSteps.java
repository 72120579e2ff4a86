package org.kesher.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.kesher.cases.control.CaseEscalations;
import org.kesher.cases.control.ServiceTargets;
import org.kesher.catalogue.control.CalendarRevisions;

/** The service-target jobs' steps, a transaction each: one case's escalations, one batch. */
@ApplicationScoped
@Transactional
public class ServiceTargetSteps {

  @Inject CaseEscalations escalations;

  @Inject ServiceTargets targets;

  @Inject CalendarRevisions revisions;

  public List<Long> reached(Instant now, int max) {
    return escalations.reached(now, max);
  }

  public int escalate(long caseId, Instant now) {
    return escalations.escalate(caseId, now);
  }

  public long revision() {
    return revisions.current();
  }

  public OptionalLong recompute(long afterId, int size) {
    return targets.recompute(afterId, size);
  }
}
