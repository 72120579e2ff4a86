package org.kesher.ground.control;

import org.eclipse.microprofile.config.Config;

/**
 * Work on the database before Kesher's own user first connects: with a schema owner configured
 * ({@code kesher.db.owner-user}), the owner migrates the schema and grants Kesher's user its
 * rights, without which that user may not even open the schema. Found through {@link
 * java.util.ServiceLoader} ({@code META-INF/services}), so that the ground names no feature.
 */
public interface SchemaPreparation {

  /** Prepares the schema at {@code url} for {@code user}; throws when it cannot. */
  void prepare(DatabaseKind kind, String url, String user, Config config) throws Exception;
}
