package org.kesher.app.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Kesher's JSON API, under {@code /api/v1}, described at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Kesher API",
            version = "1",
            description =
                "Requests to municipal community-work units: the service catalogue, intake and"
                    + " tracking. Errors are RFC 9457 problem details."))
public class KesherApi extends Application {

  /** Multipart bodies (a request with its attachments) as JAX-RS 3.1 entity parts. */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.media.multipart.MultiPartFeature");
  }
}
