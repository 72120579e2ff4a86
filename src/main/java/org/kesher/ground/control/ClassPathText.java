package org.kesher.ground.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** A text shipped with Kesher (a template), read whole from the class path as UTF-8. */
public final class ClassPathText {

  private ClassPathText() {}

  /**
   * @throws IllegalStateException when it is not there: a packaging mistake, found at start-up
   */
  public static String read(String name) {
    try (InputStream in = ClassPathText.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
