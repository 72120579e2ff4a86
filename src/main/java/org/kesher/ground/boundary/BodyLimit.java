package org.kesher.ground.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses an API body larger than its kind allows with 413, before anything reads it: a JSON body
 * carries text only; a multipart body carries at most five files of 10 MB besides.
 */
@Provider
@PreMatching
public class BodyLimit implements ContainerRequestFilter {

  static final int JSON_BYTES = 256 * 1024;
  static final int MULTIPART_BYTES = 55 * 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!request.hasEntity()) {
      return;
    }
    MediaType type = request.getMediaType();
    int limit =
        type != null && type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)
            ? MULTIPART_BYTES
            : JSON_BYTES;
    if (request.getLength() > limit) {
      throw new WebApplicationException(413);
    }
    if (request.getLength() < 0) {
      // no declared length (chunked): read up to one byte past the limit to know
      try (InputStream body = request.getEntityStream()) {
        byte[] read = body.readNBytes(limit + 1);
        if (read.length > limit) {
          throw new WebApplicationException(413);
        }
        request.setEntityStream(new ByteArrayInputStream(read));
      }
    }
  }
}
