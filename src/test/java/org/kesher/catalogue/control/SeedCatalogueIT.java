package org.kesher.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.kesher.testing.TestJpa;

/**
 * The catalogue the migrations seed passes the same rules as what an administrator saves: loaded
 * from a freshly migrated MariaDB database through the entities.
 */
class SeedCatalogueIT {

  @Test
  void theSeededCatalogueBreaksNoRuleOfTheAdminScreens() {
    try (TestJpa jpa = TestJpa.freshDatabase("kesher_seed_rules")) {
      jpa.run(
          em -> {
            var reading =
                new CatalogueReading(em, new org.kesher.access.control.UnitMemberships(em));
            var catalogue = reading.snapshot();
            assertEquals(10, catalogue.types().size(), "the ten request types of DOMAIN.md");
            assertTrue(catalogue.units().size() >= 16, "the seeded units");
            assertTrue(catalogue.rules().size() >= 20, "the seeded routing rules");
            var replies = reading.replies();
            assertTrue(replies.size() >= 8, "the seeded canned replies");
            assertEquals(List.of(), new CatalogueRules(catalogue).checkAll(replies));
          });
    }
  }
}
