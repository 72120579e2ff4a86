package org.kesher.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.cases.control.CaseErasure;
import org.kesher.cases.control.CaseOpening;
import org.kesher.cases.control.ResidentRecords;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.cases.entity.Channel;
import org.kesher.cases.entity.NewCase;
import org.kesher.cases.entity.Requester;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.JsonOnce;
import org.kesher.ground.control.Language;
import org.kesher.testing.FiredEvents;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * One resident's data for the privacy officer, on MariaDB and H2: found by email or phone through
 * the blind indexes, whatever the case's level; the export (JSON and a page in the resident's
 * language) holds every case of theirs and nothing of anyone else's; a correction reaches all their
 * cases; erasing on request anonymises the ended ones only; every case reached is recorded.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class ResidentDataIT {

  private static final Instant NOW = Instant.parse("2026-12-06T20:00:00Z");
  private static final String EMAIL = "rina.levi@example.org";
  private static final String PHONE = "052-4445566";
  private static final String OTHER = "OTHER-RESIDENT-MARKER";

  @Parameter TestJpa.Engine engine;

  private final FiredEvents<Accessed> accessed = new FiredEvents<>();

  private ResidentData data(EntityManager em) {
    var data = new ResidentData();
    data.em = em;
    data.records = new ResidentRecords(em);
    data.erasure = new CaseErasure(em, new FiredEvents<>(), accessed);
    data.accessed = accessed;
    data.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return data;
  }

  private static CaseFile open(
      EntityManager em, int n, String type, String unit, Requester who, Language language) {
    CaseFile c =
        new CaseOpening()
            .open(
                new NewCase(
                    new CaseReference(2026, 770_000 + n),
                    "hash",
                    PhoneCases.type(em, type),
                    PhoneCases.unit(em, unit),
                    null,
                    Channel.WEB_FORM,
                    language,
                    who,
                    "{\"description\":\"Asked by " + who.name() + "\"}",
                    NOW.minusSeconds(86_400L * (30 - n))));
    em.persist(c);
    return c;
  }

  @Test
  void findsExportsCorrectsAndErasesOnePersonsCasesAndNothingOfAnyoneElse() throws Exception {
    try (TestJpa jpa = TestJpa.freshDatabase(engine, "kesher_resident_data")) {
      record Setup(Set<String> hers, String others, long officer) {}
      Setup setup =
          jpa.inTransaction(
              em -> {
                var officer = new StaffAccount("data.officer", "Officer", "x", Language.EN, NOW);
                officer.holdRoles(Set.of(StaffRole.PRIVACY_OFFICER));
                em.persist(officer);
                var byEmail = new Requester("Rina Levi", null, EMAIL, true);
                var byPhone = new Requester("רינה לוי", PHONE, null, false);
                var both = new Requester("Rina Levi", PHONE, "Rina.Levi@Example.org", true);
                CaseFile general = open(em, 1, "GENERAL", "MEDIATION", byEmail, Language.EN);
                CaseFile sealed =
                    open(
                        em, 2, "PROTECTION_CONTACT", "PROTECTION_EIN_TZURIM", byPhone, Language.HE);
                CaseFile latest = open(em, 3, "GENERAL", "MEDIATION", both, Language.AR);
                CaseFile others =
                    open(
                        em,
                        4,
                        "GENERAL",
                        "MEDIATION",
                        new Requester(OTHER, "052-9999999", "other@example.org", true),
                        Language.HE);
                em.flush();
                em.persist(general.moveTo(CaseStatus.WITHDRAWN, null, NOW.minusSeconds(3600)));
                return new Setup(
                    Set.of(
                        general.reference().toString(),
                        sealed.reference().toString(),
                        latest.reference().toString()),
                    others.reference().toString(),
                    officer.id());
              });

      var found =
          jpa.inTransaction(em -> data(em).find(EMAIL, PHONE, setup.officer(), Language.EN));
      assertEquals(
          setup.hers(),
          found.stream().map(ResidentData.Found::reference).collect(Collectors.toSet()),
          "by email or phone, a sealed case too, and not the other resident's");
      assertEquals(
          setup.hers().stream().filter(r -> !r.endsWith("770002")).collect(Collectors.toSet()),
          jpa
              .inTransaction(
                  em ->
                      data(em).find(" RINA.LEVI@example.org ", null, setup.officer(), Language.EN))
              .stream()
              .map(ResidentData.Found::reference)
              .collect(Collectors.toSet()),
          "the address as typed, in any case and spacing, finds her two cases with an address");
      var export = jpa.inTransaction(em -> data(em).export(EMAIL, PHONE, setup.officer(), "json"));
      assertEquals(Language.AR, export.language(), "the language of her latest request");
      var json = new StringWriter();
      ResidentDataDocument.json(export, json);
      JsonObject parsed =
          JsonOnce.PROVIDER.createReader(new StringReader(json.toString())).readObject();
      assertEquals(
          setup.hers(),
          parsed.getJsonArray("requests").stream()
              .map(r -> r.asJsonObject().getString("reference"))
              .collect(Collectors.toSet()));
      assertFalse(json.toString().contains(OTHER), "nothing of the other resident's");
      assertFalse(json.toString().contains(setup.others()), "not even their reference");
      assertTrue(json.toString().contains("Asked by רינה לוי"), "her answers: " + json);
      var html = new StringWriter();
      ResidentDataDocument.html(export, html);
      assertTrue(html.toString().contains("<html lang=\"ar\" dir=\"rtl\">"), html.toString());
      setup.hers().forEach(r -> assertTrue(html.toString().contains(r), r + " in the page"));
      assertFalse(html.toString().contains(OTHER));

      assertEquals(
          3,
          (int)
              jpa.inTransaction(
                  em ->
                      data(em)
                          .correct(
                              EMAIL,
                              PHONE,
                              new Requester(null, "052-1112233", null, false),
                              setup.officer())));
      assertEquals(
          setup.hers(),
          jpa
              .inTransaction(em -> data(em).find(null, "0521112233", setup.officer(), Language.EN))
              .stream()
              .map(ResidentData.Found::reference)
              .filter(setup.hers()::contains)
              .collect(Collectors.toSet()),
          "the corrected phone finds every case of hers");

      var erased =
          jpa.inTransaction(em -> data(em).anonymise(EMAIL, "052-1112233", setup.officer()));
      assertEquals(new ResidentData.Erased(1, 2, 0), erased, "the ended case only");
      jpa.run(
          em -> {
            for (String reference : setup.hers()) {
              CaseFile c =
                  em.createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
                      .setParameter("reference", reference)
                      .getSingleResult();
              assertEquals(reference.endsWith("770001"), c.anonymisedAt().isPresent(), reference);
            }
            CaseFile theirs =
                em.createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
                    .setParameter("reference", setup.others())
                    .getSingleResult();
            assertEquals(OTHER, theirs.requester().name(), "the other resident is untouched");
            assertEquals("052-9999999", theirs.requester().phone());
          });

      List<Accessed> log = accessed.fired();
      for (var action :
          List.of(
              Accessed.Action.RESIDENT_DATA_SEARCHED,
              Accessed.Action.RESIDENT_DATA_EXPORTED,
              Accessed.Action.RESIDENT_DATA_CORRECTED)) {
        assertTrue(
            log.stream()
                .filter(a -> a.action() == action)
                .map(Accessed::object)
                .collect(Collectors.toSet())
                .containsAll(setup.hers()),
            action + " names each of her cases");
      }
      assertTrue(
          log.stream()
              .anyMatch(
                  a ->
                      a.action() == Accessed.Action.RESIDENT_DATA_ANONYMISED
                          && a.object().endsWith("770001")
                          && a.staffId() == setup.officer()));
      assertTrue(
          log.stream().noneMatch(a -> setup.others().equals(a.object())),
          "the other resident's case is never reached");
      assertTrue(
          log.stream().noneMatch(a -> String.valueOf(a).contains(EMAIL)),
          "the address looked for is in no entry");
    }
  }
}
