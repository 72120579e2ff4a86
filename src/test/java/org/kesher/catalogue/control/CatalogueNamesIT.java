package org.kesher.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.LocalizedText;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;
import org.kesher.testing.TestJpa;

/**
 * The names the staff pages' lists read from memory, on MariaDB and H2: every unit, request type
 * and locality of the seeded catalogue with its name in every language, as its own row gives it; an
 * inactive type keeps its name (its cases still show it) and leaves the choices, which keep the
 * catalogue's order.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class CatalogueNamesIT {

  @Parameter TestJpa.Engine engine;

  private static CatalogueNames names(EntityManager em) {
    var catalogue = new Catalogue();
    catalogue.em = em;
    var names = new CatalogueNames();
    names.em = em;
    names.catalogue = catalogue;
    names.edition = new CatalogueEdition();
    return names;
  }

  @Test
  void everyRowIsNamedInEveryLanguageAsItsOwnRowNamesIt() {
    try (var db = TestJpa.freshDatabase(engine, "catalogue_names_" + engine.name().toLowerCase())) {
      db.run(
          em -> {
            CatalogueNames.Names names = names(em).current();
            same(em, Unit.class, "Unit", names.units(), Unit::id, Unit::name);
            same(
                em,
                RequestType.class,
                "RequestType",
                names.types(),
                RequestType::id,
                t -> t.name());
            same(em, Locality.class, "Locality", names.localities(), Locality::id, Locality::name);
            assertFalse(names.activeTypes().isEmpty(), "the seeded catalogue has active types");
            assertFalse(names.activeUnits().isEmpty(), "and active units");
          });

      String retired =
          db.inTransaction(
              em -> {
                var catalogue = new Catalogue();
                catalogue.em = em;
                RequestType type = catalogue.activeTypes().get(0);
                em.createNativeQuery("UPDATE request_type SET active = FALSE WHERE id = ?")
                    .setParameter(1, type.id())
                    .executeUpdate();
                return type.code();
              });
      db.run(
          em -> {
            CatalogueNames.Names names = names(em).current();
            RequestType type =
                em.createQuery(
                        "SELECT t FROM RequestType t WHERE t.code = :code", RequestType.class)
                    .setParameter("code", retired)
                    .getSingleResult();
            assertEquals(
                type.name().in(Language.HE),
                names.type(type.id()).orElseThrow().in(Language.HE),
                "an inactive type is still named: its cases show it");
            assertTrue(
                names.activeTypes().stream().noneMatch(t -> t.code().equals(retired)),
                "an inactive type is no choice");
            var catalogue = new Catalogue();
            catalogue.em = em;
            assertEquals(
                catalogue.activeTypes().stream().map(RequestType::code).toList(),
                names.activeTypes().stream().map(CatalogueNames.Named::code).toList(),
                "the choices in the catalogue's order");
            assertEquals(
                catalogue.units().stream().map(Unit::code).toList(),
                names.activeUnits().stream().map(CatalogueNames.Named::code).toList());
            assertEquals(
                catalogue.localities().stream().map(Locality::code).toList(),
                names.activeLocalities().stream().map(CatalogueNames.Named::code).toList());
          });
    }
  }

  /** Every row of the entity is named, in every language, as the row itself names it. */
  private static <T> void same(
      EntityManager em,
      Class<T> entity,
      String name,
      java.util.Map<Long, CatalogueNames.Named> named,
      Function<T, Long> id,
      Function<T, LocalizedText> text) {
    List<T> rows = em.createQuery("SELECT x FROM " + name + " x", entity).getResultList();
    assertFalse(rows.isEmpty(), name + ": the seeded catalogue has rows");
    assertEquals(rows.size(), named.size(), name + ": every row named");
    for (T row : rows) {
      for (Language language : Language.values()) {
        assertEquals(
            text.apply(row).in(language),
            named.get(id.apply(row)).in(language),
            name + " " + id.apply(row) + " in " + language);
      }
    }
  }
}
