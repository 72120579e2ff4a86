package org.kesher.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main class over 300 lines (STYLE.md: smaller rooms): a class that grows past it is split by
 * what it does before it lands.
 */
class RoomSizeTest {

  static final int MOST_LINES = 300;

  @Test
  void noMainClassIsOverThreeHundredLines() throws IOException {
    List<String> over;
    try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
      over =
          sources
              .filter(p -> p.toString().endsWith(".java"))
              .filter(p -> lines(p) > MOST_LINES)
              .map(p -> p + " (" + lines(p) + " lines)")
              .toList();
    }
    assertEquals(List.of(), over, "split these by what they do");
  }

  private static long lines(Path source) {
    try (Stream<String> lines = Files.lines(source)) {
      return lines.count();
    } catch (IOException e) {
      throw new IllegalStateException(source.toString(), e);
    }
  }
}
