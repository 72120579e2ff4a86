package org.kesher.app.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.kesher.ground.boundary.RoleRefused;
import org.kesher.ground.control.Causes;
import org.kesher.ground.control.DatabaseProblem;

/**
 * What the error page needs to know of the failed request: its status code, or that it opened a
 * protected view without the session's token (a link from another site), which is refused as
 * forbidden rather than as a failure, or that the database was out of reach (503, try again).
 */
@PermitAll
@Named
@RequestScoped
public class ErrorPage {

  @Inject HttpServletRequest request;

  public boolean isNotFound() {
    return status() == 404;
  }

  /** The message key prefix of this failure: {@code error.notFound}, {@code error.tooLarge}... */
  public String getKind() {
    return switch (status()) {
      case 404 -> "error.notFound";
      case 403 -> "error.forbidden";
      case 400 -> "error.badRequest";
      case 503 -> "error.unavailable";
      case 413 -> "error.tooLarge";
      case 429 -> "error.tooMany";
      default -> "error";
    };
  }

  private int status() {
    Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    if (failure instanceof Throwable thrown && DatabaseProblem.unreachable(thrown)) {
      // the database is out of reach: it passes by itself, so "try again shortly", not a fault
      var external = FacesContext.getCurrentInstance().getExternalContext();
      external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      external.setResponseHeader(
          "Retry-After", String.valueOf(DatabaseProblem.RETRY_AFTER_SECONDS));
      return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }
    if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown
        && Causes.any(thrown, jakarta.faces.application.ViewExpiredException.class::isInstance)) {
      // a view state that cannot be restored: expired, or made up
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_BAD_REQUEST);
      return HttpServletResponse.SC_BAD_REQUEST;
    }
    if (unprotected()) {
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .setResponseStatus(HttpServletResponse.SC_FORBIDDEN);
      return HttpServletResponse.SC_FORBIDDEN;
    }
    return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
        ? code
        : 500;
  }

  private boolean unprotected() {
    return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown
        && Causes.any(thrown, e -> e instanceof ProtectedViewException || e instanceof RoleRefused);
  }
}
