package org.kesher.app.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.kesher.ground.boundary.Problem;
import org.kesher.ground.boundary.ProblemMapper;
import org.kesher.ground.boundary.Scrubbed;
import org.kesher.ground.control.DatabaseProblem;
import org.kesher.ground.control.Language;

/**
 * The JSON API's mappers for failures that belong to no feature: JAX-RS's own statuses, unreadable
 * JSON, a concurrent change, a failed transaction and everything unexpected. Each feature maps its
 * own exceptions beside its resources (intake's invalid requests, the cases' refused actions).
 */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  /** Status codes that JAX-RS itself raises: 404, 405, 406, 415, 400... */
  @Provider
  public static class HttpStatus extends ProblemMapper<WebApplicationException> {
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
      if (status >= 500 && DatabaseProblem.unreachable(e)) {
        return Unexpected.unavailable(e, language(), uri);
      }
      if (status >= 500) {
        return Unexpected.logged(e, language(), uri);
      }
      // keep what the original response says beyond its status: Retry-After, Allow
      return Response.fromResponse(e.getResponse())
          .entity(ProblemMapper.problem(language(), kind, status, uri, List.of()))
          .type(Problem.MEDIA_TYPE)
          .build();
    }
  }

  /** A mapper whose answer is always the same problem, whatever the exception says. */
  abstract static class SameProblem<E extends Throwable> extends ProblemMapper<E> {
    private final String kind;
    private final int status;

    SameProblem(String kind, int status) {
      this.kind = kind;
      this.status = status;
    }

    @Override
    public Response toResponse(E e) {
      return respond(kind, status);
    }
  }

  /** A body that is not JSON, or JSON of the wrong shape. */
  @Provider
  public static class MalformedJson extends SameProblem<JsonbException> {
    public MalformedJson() {
      super("malformed-json", 400);
    }
  }

  /** Unreadable JSON found by the parser itself, or JSON of another shape than expected. */
  @Provider
  public static class UnparsableJson extends SameProblem<JsonException> {
    public UnparsableJson() {
      super("malformed-json", 400);
    }
  }

  /** Jersey wraps what its readers fail on. */
  @Provider
  public static class Unreadable extends SameProblem<ProcessingException> {
    public Unreadable() {
      super("malformed-json", 400);
    }
  }

  /** Someone else changed the same thing first. */
  @Provider
  public static class ConcurrentChange extends SameProblem<OptimisticLockException> {
    public ConcurrentChange() {
      super("changed-elsewhere", 409);
    }
  }

  /**
   * A transaction that failed around a call ({@code @Transactional}): answered as what made it
   * fail, which the mappers here know (Jersey's own mapper for it answers 500 for anything but a
   * WebApplicationException).
   */
  @Provider
  @jakarta.annotation.Priority(1)
  public static class TransactionFailure
      extends ProblemMapper<jakarta.transaction.TransactionalException> {
    @Context jakarta.ws.rs.ext.Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(jakarta.transaction.TransactionalException e) {
      Throwable cause = e.getCause();
      if (cause != null && !(cause instanceof jakarta.transaction.TransactionalException)) {
        ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
        if (mapper != null && !(mapper instanceof TransactionFailure)) {
          return mapper.toResponse(cause);
        }
      }
      return DatabaseProblem.unreachable(e)
          ? Unexpected.unavailable(e, language(), uri)
          : Unexpected.logged(e, language(), uri);
    }
  }

  /**
   * Everything else: 500, logged with an id, and nothing of it in the body; but the database out of
   * reach is 503 with Retry-After, which passes by itself.
   */
  @Provider
  public static class Unexpected extends ProblemMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      if (DatabaseProblem.unreachable(e)) {
        return unavailable(e, language(), uri);
      }
      return logged(e, language(), uri);
    }

    static Response unavailable(Throwable e, Language language, UriInfo uri) {
      LOG.warning("The database is out of reach (" + e.getClass().getSimpleName() + "): 503");
      return Response.fromResponse(
              ProblemMapper.problem(language, "unavailable", 503, uri, List.of()).toResponse())
          .header("Retry-After", DatabaseProblem.RETRY_AFTER_SECONDS)
          .build();
    }

    static Response logged(Throwable e, Language language, UriInfo uri) {
      String incident = UUID.randomUUID().toString();
      // the class and stack only: exception messages may carry case content or SQL
      LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, Scrubbed.of(e));
      Problem base = ProblemMapper.problem(language, "internal", 500, uri, List.of());
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
