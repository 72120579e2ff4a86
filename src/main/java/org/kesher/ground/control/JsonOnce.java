package org.kesher.ground.control;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON provider, looked up once: each {@code jakarta.json.Json.create...} call looks it up
 * again through the service loader, which costs more than the parsing it serves on a request's path
 * (intake, the public form, the case page).
 */
public final class JsonOnce {

  public static final JsonProvider PROVIDER = JsonProvider.provider();

  private JsonOnce() {}
}
