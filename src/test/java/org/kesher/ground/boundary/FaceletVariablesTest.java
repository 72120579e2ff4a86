package org.kesher.ground.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No page names a loop or list variable after a message bundle of faces-config.xml ({@code s},
 * {@code t}): the bundle would win, and every item would read "???label???" (as the queue's request
 * type filter once did).
 */
class FaceletVariablesTest {

  private static final Path WEBAPP = Path.of("src", "main", "webapp");

  @Test
  void noVariableHidesAMessageBundle() throws IOException {
    String config = Files.readString(WEBAPP.resolve("WEB-INF/faces-config.xml"));
    var bundles = Pattern.compile("<var>(\\w+)</var>").matcher(config).results().toList();
    assertFalse(bundles.isEmpty(), "faces-config.xml names its message bundles");
    List<String> clashes = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(WEBAPP)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        String text = Files.readString(page);
        for (var bundle : bundles) {
          if (Pattern.compile("\\bvar=\"" + bundle.group(1) + "\"").matcher(text).find()) {
            clashes.add(WEBAPP.relativize(page) + " names a variable " + bundle.group(1));
          }
        }
      }
    }
    assertEquals(List.of(), clashes);
  }

  /** The implicit objects of Faces' EL: a variable of the same name is not what it seems. */
  private static final List<String> IMPLICIT =
      List.of(
          "header",
          "headerValues",
          "param",
          "paramValues",
          "cookie",
          "initParam",
          "request",
          "session",
          "application",
          "view",
          "facesContext",
          "component",
          "cc",
          "flash",
          "resource",
          "requestScope",
          "sessionScope",
          "applicationScope",
          "viewScope",
          "flowScope");

  /**
   * No page names a variable after an implicit object: a column's {@code var="header"} once printed
   * the request's headers, its session cookie among them, as a report's column titles.
   */
  @Test
  void noVariableHidesAnImplicitObject() throws IOException {
    List<String> clashes = new ArrayList<>();
    try (Stream<Path> pages = Files.walk(WEBAPP)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        String text = Files.readString(page);
        for (String name : IMPLICIT) {
          if (Pattern.compile("\\bvar=\"" + name + "\"").matcher(text).find()) {
            clashes.add(WEBAPP.relativize(page) + " names a variable " + name);
          }
        }
      }
    }
    assertEquals(List.of(), clashes);
  }
}
