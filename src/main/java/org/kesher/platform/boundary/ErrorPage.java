package org.kesher.platform.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/** What the error page needs to know of the failed request: only its status code. */
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
      case 413 -> "error.tooLarge";
      case 429 -> "error.tooMany";
      default -> "error";
    };
  }

  private int status() {
    return request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
        ? code
        : 500;
  }
}
