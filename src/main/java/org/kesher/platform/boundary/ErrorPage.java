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
    return Integer.valueOf(404).equals(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE));
  }
}
