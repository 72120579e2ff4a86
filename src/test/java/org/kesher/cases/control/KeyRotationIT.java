package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.entity.StaffRole;
import org.kesher.cases.entity.Attachment;
import org.kesher.cases.entity.AttachmentSummary;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.Channel;
import org.kesher.cases.entity.NewCase;
import org.kesher.cases.entity.Requester;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;
import org.kesher.notify.entity.OutboxMail;
import org.kesher.sealing.control.KeyLedger;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.Resealing;
import org.kesher.sealing.control.SealedColumns;
import org.kesher.sealing.control.SealingKeys;
import org.kesher.testing.PhoneCases;
import org.kesher.testing.TestJpa;

/**
 * Both keys rotated on a populated database, on MariaDB and H2: a second data key and a new index
 * key; Kesher refuses the ring without the old data key until the re-sealing is done; the job runs
 * in small batches; afterwards every sealed value is under the new key, the old key leaves the
 * ring, and every case is found by its phone and by its words and every file opens.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class KeyRotationIT {

  private static final Instant NOW = Instant.parse("2026-12-06T20:00:00Z");
  private static final int CASES = 13;

  @Parameter TestJpa.Engine engine;

  private static String phone(int n) {
    return "050-33300" + String.format("%02d", n);
  }

  private static String word(int n) {
    return "kumquat" + (char) ('a' + n) + "zeta";
  }

  private static void populate(EntityManager em) {
    Unit mediation = PhoneCases.unit(em, "MEDIATION");
    Unit protection = PhoneCases.unit(em, "PROTECTION_EIN_TZURIM");
    var words = new CaseWords();
    words.em = em;
    for (int n = 0; n < CASES; n++) {
      boolean sealed = n % 4 == 3;
      CaseFile c =
          new CaseOpening()
              .open(
                  new NewCase(
                      new CaseReference(2026, 780_000 + n),
                      "hash",
                      PhoneCases.type(em, sealed ? "PROTECTION_CONTACT" : "GENERAL"),
                      sealed ? protection : mediation,
                      null,
                      Channel.WEB_FORM,
                      Language.HE,
                      new Requester("Resident " + n, phone(n), "r" + n + "@example.org", true),
                      "{\"subject\":\"Fence\",\"description\":\"The " + word(n) + " tree\"}",
                      NOW.minusSeconds(3600L * (CASES - n))));
      em.persist(c);
      em.flush();
      words.index(c, CaseWords.textAnswers(c.answers(), CaseWords.textFields(c.requestType())));
      em.persist(
          new Attachment(
              c, null, "file-" + n + ".pdf", "application/pdf", bytes(n), c.createdAt()));
      em.persist(
          new OutboxMail(
              "keys-" + n + "@kesher",
              "RECEIVED",
              c.id(),
              "he",
              "r" + n + "@example.org",
              SealingKeys.ring().blindIndex("r" + n + "@example.org"),
              "Subject " + n,
              "Text " + n,
              "<p>" + n + "</p>",
              c.createdAt()));
    }
  }

  private static byte[] bytes(int n) {
    return ("%PDF-1.4 file " + n).getBytes(StandardCharsets.US_ASCII);
  }

  @Test
  void bothKeysRotateOnAPopulatedDatabaseAndEverythingIsFoundAndOpensAfterwards() throws Exception {
    try (TestJpa jpa = TestJpa.freshDatabase(engine, "kesher_keys")) {
      String k1 = KeyRing.newKey();
      String k2 = KeyRing.newKey();
      String i1 = KeyRing.newKey();
      String i2 = KeyRing.newKey();
      SealingKeys.install(k1, i1);
      var first = KeyLedger.check(jpa.dataSource(), SealingKeys.ring(), NOW);
      assertEquals(Set.of(1), first.inUse());
      assertFalse(first.rebuildNeeded());
      jpa.run(KeyRotationIT::populate);

      // both keys change: key 2 joins the ring and seals new values; a new index key
      SealingKeys.install("1:" + k1 + ",2:" + k2, i2);
      KeyRing rotated = SealingKeys.ring();
      var state = KeyLedger.check(jpa.dataSource(), rotated, NOW);
      assertTrue(state.resealNeeded(rotated));
      assertTrue(state.rebuildNeeded(), "the stored fingerprint is the old index key's");
      var refused =
          assertThrows(
              IllegalStateException.class,
              () ->
                  KeyLedger.check(
                      jpa.dataSource(), new KeyRing(Map.of(2, decode(k2)), decode(i2)), NOW));
      assertTrue(refused.getMessage().contains("lacks key 1"), refused.getMessage());

      long changed = Resealing.run(jpa.dataSource(), rotated, true, 5);
      assertTrue(changed >= CASES * 3L, "cases, events, files and mails rewritten: " + changed);
      String job = Resealing.job(rotated);
      int steps = 0;
      boolean finished = false;
      while (!finished) {
        finished = jpa.inTransaction(em -> new CaseWordRebuild(em).step(job, 4));
        steps++;
      }
      assertTrue(steps >= 4, "the words were rebuilt in batches: " + steps);
      try (Connection c = jpa.dataSource().getConnection()) {
        c.setAutoCommit(true);
        KeyLedger.writeFingerprint(c, rotated, NOW);
      }
      assertTrue(
          Resealing.progress(jpa.dataSource(), rotated).stream()
              .allMatch(Resealing.Progress::finished));

      // key 1 leaves the ring: Kesher starts, and everything is under key 2
      SealingKeys.install("2:" + k2, i2);
      var after = KeyLedger.check(jpa.dataSource(), SealingKeys.ring(), NOW);
      assertEquals(Set.of(2), after.inUse());
      assertFalse(after.rebuildNeeded());
      assertEquals(List.of(), valuesUnderOtherKeys(jpa, 2), "every sealed value is under key 2");

      Viewer head =
          new Viewer(
              1L,
              Set.of(StaffRole.CASEWORKER),
              Set.of(PhoneUnits.id(jpa, "MEDIATION"), PhoneUnits.id(jpa, "PROTECTION_EIN_TZURIM")),
              Set.of(PhoneUnits.id(jpa, "MEDIATION"), PhoneUnits.id(jpa, "PROTECTION_EIN_TZURIM")));
      jpa.run(
          em -> {
            CaseQueries queries = TestQueries.on(em);
            for (int n = 0; n < CASES; n++) {
              String reference = new CaseReference(2026, 780_000 + n).toString();
              assertEquals(
                  List.of(reference), found(queries, head, phone(n)), "by phone, case " + n);
              assertEquals(
                  List.of(reference), found(queries, head, word(n)), "by its word, case " + n);
              CaseFile c =
                  em.createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
                      .setParameter("reference", reference)
                      .getSingleResult();
              assertEquals("Resident " + n, c.requester().name());
              var file =
                  em.createNamedQuery(Attachment.SUMMARIES, AttachmentSummary.class)
                      .setParameter("caseFile", c)
                      .getSingleResult();
              Attachment attachment =
                  em.createNamedQuery(Attachment.OF_CASE, Attachment.class)
                      .setParameter("caseFile", c)
                      .setParameter("id", file.id())
                      .getSingleResult();
              assertArrayEquals(bytes(n), attachment.content(), "file of case " + n + " opens");
              assertEquals("file-" + n + ".pdf", file.displayName());
            }
            assertEquals(
                List.of(), found(queries, head, "050-3330099"), "no case has another's phone");
          });
    }
  }

  private static List<String> found(CaseQueries queries, Viewer viewer, String text) {
    return queries
        .queue(
            viewer,
            new QueueFilter(Queue.ALL, null, null, null, text),
            CaseQueries.Order.NEWEST,
            0,
            50)
        .stream()
        .map(c -> c.reference().toString())
        .toList();
  }

  private static byte[] decode(String key) {
    return java.util.Base64.getDecoder().decode(key);
  }

  /** Every sealed value in the database whose key is not {@code keyId}: table, column, id. */
  private static List<String> valuesUnderOtherKeys(TestJpa jpa, int keyId) throws Exception {
    List<String> found = new ArrayList<>();
    try (Connection c = jpa.dataSource().getConnection()) {
      for (SealedColumns.Table table : SealedColumns.ALL) {
        for (String column : table.sealed()) {
          try (var read =
                  c.prepareStatement(
                      "SELECT " + table.idColumn() + ", " + column + " FROM " + table.name());
              var rows = read.executeQuery()) {
            while (rows.next()) {
              byte[] value = rows.getBytes(2);
              if (value != null && KeyRing.keyIdOf(value) != keyId) {
                found.add(table.name() + "." + column + " " + rows.getLong(1));
              }
            }
          }
        }
      }
    }
    return found;
  }

  /** Unit ids by code, read once in their own transaction. */
  private static final class PhoneUnits {
    static long id(TestJpa jpa, String code) {
      return jpa.inTransaction(em -> PhoneCases.unit(em, code).id());
    }
  }
}
