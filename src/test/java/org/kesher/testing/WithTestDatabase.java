package org.kesher.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Makes sure the run's test database is up before a test class (and, declared before Arquillian's
 * extension, before the Payara Micro it starts).
 */
public class WithTestDatabase implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    TestDatabase.ensureReady();
  }
}
