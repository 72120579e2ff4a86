package org.kesher.cases.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.boundary.ProblemMapper;

/** An action the case rules refuse: 409. */
@Provider
public class CaseRuleViolationMapper extends ProblemMapper<CaseRuleViolation> {
  @Override
  public Response toResponse(CaseRuleViolation e) {
    return respond("conflict", 409);
  }
}
