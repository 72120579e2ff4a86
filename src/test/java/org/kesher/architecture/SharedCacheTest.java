package org.kesher.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Several nodes write the same rows: no node may answer from a copy of an entity it kept in
 * EclipseLink's shared cache while another node changed the row, and no cache coordination runs
 * over the data grid (a known production hang: orphaned cache locks, DBCDK/promat-service's
 * post-mortem). So the shared cache holds only what an entity asks for, and none asks.
 */
class SharedCacheTest {

  @Test
  void noEntityIsKeptInTheSharedCache() {
    List<String> cached =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.kesher")
                .stream()
                .filter(c -> c.isAnnotatedWith(Entity.class))
                .filter(
                    c ->
                        c.tryGetAnnotationOfType(Cacheable.class)
                            .map(Cacheable::value)
                            .orElse(false))
                .map(c -> c.getSimpleName())
                .toList();
    assertEquals(List.of(), cached);
  }

  @Test
  void thePersistenceUnitCachesSelectivelyAndCoordinatesNothing() throws Exception {
    String unit = Files.readString(Path.of("src/main/resources/META-INF/persistence.xml"));
    assertTrue(unit.contains("<shared-cache-mode>ENABLE_SELECTIVE</shared-cache-mode>"));
    assertFalse(unit.contains("cache.coordination"), "no cache coordination");
    assertFalse(unit.contains("eclipselink.cache.shared.default\" value=\"true"));
  }
}
