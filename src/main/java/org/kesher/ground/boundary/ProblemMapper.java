package org.kesher.ground.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.List;
import org.kesher.ground.control.Language;

/**
 * What every exception mapper of the JSON API shares: RFC 9457 problem details in the caller's
 * language, for the failed request's path. Nothing of an exception's message, stack or SQL goes
 * into a body.
 */
public abstract class ProblemMapper<E extends Throwable> implements ExceptionMapper<E> {

  private static final String TYPES = "https://kesher.example/problems/";

  @Context protected HttpHeaders headers;
  @Context protected UriInfo uri;

  /** A problem of a kind ({@code not-found}, {@code invalid-input}...) in a language. */
  public static Problem problem(
      Language language, String kind, int status, UriInfo uri, List<Problem.FieldError> errors) {
    return new Problem(
        TYPES + kind,
        ProblemTexts.text(language, kind + ".title"),
        status,
        ProblemTexts.text(language, kind + ".detail"),
        uri == null ? null : uri.getRequestUri().getRawPath(),
        errors);
  }

  protected Language language() {
    return ProblemTexts.languageOf(headers);
  }

  protected Response respond(String kind, int status) {
    return problem(language(), kind, status, uri, List.of()).toResponse();
  }
}
