package org.kesher.testing;

import java.net.URI;
import java.net.URL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One Chromium for a whole test class, started on first use and closed after the class:
 * {@code @RegisterExtension static final ClassBrowser chromium = new ClassBrowser();}, then {@code
 * chromium.fresh(base)} in each test for the browser with no cookies left by an earlier one.
 */
public final class ClassBrowser implements AfterAllCallback {

  private Browser browser;

  /** The class's browser, started at {@code base} if it is not yet, with its cookies cleared. */
  public Browser fresh(URL base) throws Exception {
    return fresh(base.toURI());
  }

  public Browser fresh(URI base) {
    if (browser == null) {
      browser = Browser.start(base);
    }
    browser.clearCookies();
    return browser;
  }

  @Override
  public void afterAll(ExtensionContext context) {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }
}
