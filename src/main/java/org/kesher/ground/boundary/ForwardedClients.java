package org.kesher.ground.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.kesher.ground.control.ClientAddress;
import org.kesher.ground.control.Setting;

/**
 * Behind a load balancer: every page, resource and servlet sees the client the balancer names as
 * the request's remote address ({@link ClientAddress}), so rate limits count residents and the
 * access log records them, not the balancer. Also kept as the request attribute {@link
 * ClientAddress#ATTRIBUTE} for code that holds the container's own request object.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ForwardedClients extends HttpFilter {

  private Set<String> balancers = Set.of();

  @Override
  public void init() {
    String setting =
        ConfigProvider.getConfig()
            .getOptionalValue(Setting.TRUSTED_PROXIES.key(), String.class)
            .orElse("none");
    if (!"none".equals(setting)) {
      balancers =
          Arrays.stream(setting.split(","))
              .map(String::strip)
              .filter(a -> !a.isEmpty())
              .collect(Collectors.toUnmodifiableSet());
    }
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (balancers.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String client =
        ClientAddress.of(
            request.getRemoteAddr(), request.getHeaders(ClientAddress.FORWARDED_FOR), balancers);
    request.setAttribute(ClientAddress.ATTRIBUTE, client);
    chain.doFilter(
        new HttpServletRequestWrapper(request) {
          @Override
          public String getRemoteAddr() {
            return client;
          }

          @Override
          public String getRemoteHost() {
            return client;
          }
        },
        response);
  }
}
