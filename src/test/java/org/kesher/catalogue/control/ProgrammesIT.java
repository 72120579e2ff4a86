package org.kesher.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Programme;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.ground.control.Language;
import org.kesher.intake.control.IntakeCatalogue;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * The units' programmes as seeded from the seeds, on MariaDB and H2: each with its unit, the type a
 * resident asks by and its texts in all five languages; the programmes a request of a type may
 * name; a case that names one keeps it; and the settlement the seed calls Aluma HaYeruka.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class ProgrammesIT {

  @Parameter TestJpa.Engine engine;

  private static Catalogue catalogue(EntityManager em) {
    var catalogue = new Catalogue();
    catalogue.em = em;
    return catalogue;
  }

  @Test
  void theSeedsProgrammesStandUnderTheirUnitsInEveryLanguage() {
    try (TestJpa db = TestJpa.freshDatabase(engine, "kesher_programmes")) {
      db.run(
          em -> {
            List<Programme> programmes = catalogue(em).programmes();
            assertEquals(28, programmes.size(), "the programmes the seeds name");
            Map<String, Programme> byCode =
                programmes.stream().collect(Collectors.toMap(Programme::code, p -> p));
            for (Programme p : programmes) {
              for (Language language : Language.values()) {
                assertTrue(
                    p.name().given(language) != null && p.description().given(language) != null,
                    p.code() + " in " + language);
              }
            }
            Programme survivors = byCode.get("HOLOCAUST_SURVIVORS_RIGHTS");
            assertEquals("RIGHTS_CENTER", survivors.unit().code());
            assertEquals("09-9596506", survivors.phones().orElseThrow());
            Programme garden = byCode.get("ETHIOPIAN_COMMUNITY_GARDEN");
            assertEquals("COMMUNITY_WORK", garden.unit().code());
            assertTrue(garden.place().orElseThrow().in(Language.HE).contains("כצנלסון"));
            assertEquals(
                "EVEN_SHMUEL",
                byCode.get("EMBRACE_PILOT_EVEN_SHMUEL").locality().map(Locality::code).orElse(""));

            RequestType rights = PhoneCases.type(em, "RIGHTS_INFO");
            assertEquals(
                List.of("HOLOCAUST_SURVIVORS_RIGHTS"),
                IntakeCatalogue.codesFor(rights, programmes));
            assertEquals(
                List.of(),
                IntakeCatalogue.codesFor(PhoneCases.type(em, "PROTECTION_CONTACT"), programmes),
                "a sealed contact names no programme");
            assertEquals(
                List.of("GOOD_DEEDS_DAY", "VOLUNTEER_RECRUITMENT"),
                IntakeCatalogue.codesFor(PhoneCases.type(em, "VOLUNTEER"), programmes));

            Locality aluma =
                catalogue(em).localities().stream()
                    .filter(l -> l.code().equals("ALUMA"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("אלומה הירוקה", aluma.name().in(Language.HE));
          });

      String reference =
          db.inTransaction(
              em -> {
                CaseFile c =
                    PhoneCases.open(
                        em,
                        new CaseReference(2026, 42),
                        PhoneCases.type(em, "RIGHTS_INFO"),
                        PhoneCases.unit(em, "RIGHTS_CENTER"),
                        "Caller",
                        Instant.parse("2026-12-07T08:00:00Z"));
                c.concerns(
                    em.createQuery("SELECT p FROM Programme p WHERE p.code = :c", Programme.class)
                        .setParameter("c", "HOLOCAUST_SURVIVORS_RIGHTS")
                        .getSingleResult());
                return c.reference().toString();
              });
      db.run(
          em -> {
            CaseFile c =
                em.createQuery("SELECT c FROM CaseFile c", CaseFile.class).getResultList().stream()
                    .filter(f -> f.reference().toString().equals(reference))
                    .findFirst()
                    .orElseThrow();
            assertEquals("KS-2026-000042", reference);
            assertEquals(
                "HOLOCAUST_SURVIVORS_RIGHTS", c.programme().map(Programme::code).orElse(""));
          });
    }
  }
}
