package org.kesher.intake.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.kesher.ground.boundary.Problem;
import org.kesher.ground.boundary.ProblemMapper;
import org.kesher.ground.boundary.ProblemTexts;
import org.kesher.ground.control.Language;
import org.kesher.intake.control.InvalidRequest;

/** A request that breaks its form's rules: 400 with each field and what is wrong with it. */
@Provider
public class InvalidRequestMapper extends ProblemMapper<InvalidRequest> {
  @Override
  public Response toResponse(InvalidRequest e) {
    Language language = language();
    List<Problem.FieldError> errors =
        e.problems().stream()
            .map(
                p ->
                    new Problem.FieldError(
                        p.field(), ProblemTexts.text(language, "field." + p.problem())))
            .toList();
    return problem(language, "invalid-input", 400, uri, errors).toResponse();
  }
}
