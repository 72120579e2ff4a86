package org.kesher.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.kesher.sealing.control.KeyRing;

/**
 * Makes sure the run's test database is up before a test class and, declared before Arquillian's
 * extension, writes the sealing keys that the Payara Micro Arquillian starts reads through {@code
 * kesher.key-file} (pom.xml): keys made up for this run, never committed.
 */
public class WithTestDatabase implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    TestDatabase.ensureReady();
    writeKeyFile();
  }

  private static synchronized void writeKeyFile() {
    Path file =
        Path.of(System.getProperty("kesher.test.key-file", "target/test-sealing-keys.properties"));
    if (Files.exists(file)) {
      return;
    }
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(
          file,
          "kesher.data-key=" + KeyRing.newKey() + "\nkesher.index-key=" + KeyRing.newKey() + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
