package org.kesher.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ProtectedViewException;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the error page needs to know of the failed request: its status code, or that it opened a
 * protected view without the session's token (a link from another site), which is refused as
 * forbidden rather than as a failure.
 */
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
      case 413 -> "error.tooLarge";
      case 429 -> "error.tooMany";
      default -> "error";
    };
  }

  private int status() {
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
    for (Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        failure instanceof Throwable thrown;
        failure = thrown.getCause()) {
      if (thrown instanceof ProtectedViewException) {
        return true;
      }
    }
    return false;
  }
}
