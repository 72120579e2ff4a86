package org.kesher.platform.boundary;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The error page is drawn as a fresh page, whatever failed: the failed request's form fields are
 * hidden from it, so that a bad postback (a forged view state, a missing nonce) does not make Faces
 * try to restore the error page from that postback and fail again with the container's bare 500.
 */
@WebFilter(urlPatterns = "/error.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ErrorDispatch extends HttpFilter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(new FreshPage(request), response);
  }

  /** The request without its form: a GET of the error page. */
  private static final class FreshPage extends HttpServletRequestWrapper {

    private final Map<String, String[]> parameters;

    FreshPage(HttpServletRequest request) {
      super(request);
      // only what the address carried (such as ?lang=), none of the posted form
      parameters =
          request.getParameterMap().entrySet().stream()
              .filter(e -> !e.getKey().startsWith("jakarta.faces.") && !e.getKey().contains(":"))
              .filter(e -> !e.getKey().startsWith("primefaces."))
              .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Override
    public String getMethod() {
      return "GET";
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
