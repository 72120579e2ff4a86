package org.kesher.platform.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.catalogue.entity.Language;

/**
 * The one error policy of the JSON API: a mapper per kind of failure, each answering RFC 9457
 * problem details in the caller's language. Nothing of an exception's message, stack or SQL goes
 * into a body; unexpected failures are logged under an id that the body names.
 */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());
  private static final String TYPES = "https://kesher.example/problems/";

  private ProblemMappers() {}

  static Problem problem(
      Language language, String kind, int status, UriInfo uri, List<Problem.FieldError> errors) {
    return new Problem(
        TYPES + kind,
        ProblemTexts.text(language, kind + ".title"),
        status,
        ProblemTexts.text(language, kind + ".detail"),
        uri == null ? null : uri.getRequestUri().getRawPath(),
        errors);
  }

  /** Status codes that JAX-RS itself raises: 404, 405, 406, 415, 400... */
  @Provider
  public static class HttpStatus implements ExceptionMapper<WebApplicationException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
      String kind =
          switch (status) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 409 -> "conflict";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 503 -> "unavailable";
            default -> status >= 500 ? "internal" : "bad-request";
          };
      if (status >= 500) {
        return Unexpected.logged(e, ProblemTexts.languageOf(headers), uri);
      }
      Response.ResponseBuilder response =
          Response.fromResponse(
                  problem(ProblemTexts.languageOf(headers), kind, status, uri, List.of())
                      .toResponse())
              .type(Problem.MEDIA_TYPE);
      return response.build();
    }
  }

  /** Bean Validation at the edge: 400 with one entry per invalid field. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<ConstraintViolationException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<Problem.FieldError> errors =
          e.getConstraintViolations().stream()
              .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
              .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
              .toList();
      return problem(ProblemTexts.languageOf(headers), "invalid-input", 400, uri, errors)
          .toResponse();
    }

    /** The last node of the path, as the JSON body names the field. */
    private static String fieldName(ConstraintViolation<?> violation) {
      String name = "";
      for (Path.Node node : violation.getPropertyPath()) {
        name = node.getName() == null ? name : node.getName();
      }
      return name;
    }
  }

  /** A body that is not JSON, or JSON of the wrong shape. */
  @Provider
  public static class MalformedJson implements ExceptionMapper<JsonbException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(JsonbException e) {
      return problem(ProblemTexts.languageOf(headers), "malformed-json", 400, uri, List.of())
          .toResponse();
    }
  }

  /** Unreadable JSON found by the parser itself. */
  @Provider
  public static class UnparsableJson implements ExceptionMapper<JsonParsingException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(JsonParsingException e) {
      return problem(ProblemTexts.languageOf(headers), "malformed-json", 400, uri, List.of())
          .toResponse();
    }
  }

  /** Jersey wraps what its readers fail on. */
  @Provider
  public static class Unreadable implements ExceptionMapper<ProcessingException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(ProcessingException e) {
      return problem(ProblemTexts.languageOf(headers), "malformed-json", 400, uri, List.of())
          .toResponse();
    }
  }

  /** An action the case rules refuse. */
  @Provider
  public static class RuleViolation implements ExceptionMapper<CaseRuleViolation> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(CaseRuleViolation e) {
      return problem(ProblemTexts.languageOf(headers), "conflict", 409, uri, List.of())
          .toResponse();
    }
  }

  /** Someone else changed the same thing first. */
  @Provider
  public static class ConcurrentChange implements ExceptionMapper<OptimisticLockException> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(OptimisticLockException e) {
      return problem(ProblemTexts.languageOf(headers), "changed-elsewhere", 409, uri, List.of())
          .toResponse();
    }
  }

  /** Everything else: 500, logged with an id, and nothing of it in the body. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Context HttpHeaders headers;
    @Context UriInfo uri;

    @Override
    public Response toResponse(Throwable e) {
      return logged(e, ProblemTexts.languageOf(headers), uri);
    }

    static Response logged(Throwable e, Language language, UriInfo uri) {
      String incident = UUID.randomUUID().toString();
      // the class and stack only: exception messages may carry case content or SQL
      LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, Scrubbed.of(e));
      Problem base = problem(language, "internal", 500, uri, List.of());
      return new Problem(
              base.type(),
              base.title(),
              500,
              base.detail() + " (" + incident + ")",
              base.instance(),
              List.of())
          .toResponse();
    }
  }
}
