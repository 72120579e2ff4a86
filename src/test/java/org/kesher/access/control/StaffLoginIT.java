package org.kesher.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.control.StaffLogin.Checked;
import org.kesher.access.control.StaffLogin.Verdict;
import org.kesher.access.entity.StaffAccount;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Language;
import org.kesher.testing.FiredEvents;
import org.kesher.testing.TestJpa;

/**
 * A login's second step on MariaDB and H2: the password was checked against the hash the account
 * had, outside any transaction; the outcome is settled under the row's lock. A hash changed in
 * between (a reset, a change) refuses the login without counting a failure; wrong passwords are
 * counted and the fifth locks; a right one logs in and replaces an outdated hash.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class StaffLoginIT {

  private static final Instant NOW = Instant.parse("2026-12-08T08:00:00Z");

  @Parameter TestJpa.Engine engine;

  private final FiredEvents<Accessed> log = new FiredEvents<>();

  private StaffLogin login(EntityManager em) {
    var login = new StaffLogin();
    login.em = em;
    login.accessed = log;
    login.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    return login;
  }

  private TestJpa database() {
    TestJpa db = TestJpa.freshDatabase(engine, "staff_login_" + engine.name().toLowerCase());
    db.run(em -> em.persist(new StaffAccount("noa", "Noa", "hash-1", Language.HE, NOW)));
    return db;
  }

  private static StaffAccount noa(TestJpa db) {
    return db.inTransaction(
        em ->
            em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", "noa")
                .getSingleResult());
  }

  private List<String> details() {
    return log.fired().stream().map(a -> a.granted() + "|" + a.detail()).toList();
  }

  @Test
  void aHashChangedWhileThePasswordWasCheckedRefusesWithoutCountingAFailure() {
    try (var db = database()) {
      Optional<StaffAccount> in =
          db.inTransaction(
              em ->
                  login(em).settle(new Checked("noa", "hash-0", Verdict.RIGHT, Optional.empty())));
      assertTrue(in.isEmpty(), "the password was right for a hash the account no longer has");
      for (int i = 0; i < 5; i++) {
        db.inTransaction(
            em -> login(em).settle(new Checked("noa", "hash-0", Verdict.WRONG, Optional.empty())));
      }
      assertTrue(noa(db).mayLogIn(NOW), "none of those counted: the account is not locked");
      assertEquals("false|password changed meanwhile", details().get(0));
      assertEquals(6, details().size(), "each refusal has its line");
    }
  }

  @Test
  void fiveWrongPasswordsLockTheAccountAndThenEvenTheRightOneIsRefused() {
    try (var db = database()) {
      for (int i = 0; i < 5; i++) {
        db.inTransaction(
            em -> login(em).settle(new Checked("noa", "hash-1", Verdict.WRONG, Optional.empty())));
      }
      assertFalse(noa(db).mayLogIn(NOW), "the fifth wrong password in a row locks");
      Optional<StaffAccount> in =
          db.inTransaction(
              em ->
                  login(em).settle(new Checked("noa", "hash-1", Verdict.RIGHT, Optional.empty())));
      assertTrue(in.isEmpty());
      assertEquals("false|locked", details().get(details().size() - 1));
      assertTrue(
          log.fired().stream().anyMatch(a -> a.action() == Accessed.Action.LOCKED_OUT),
          "the lock-out has its own line");
    }
  }

  @Test
  void aRightPasswordLogsInAndItsOutdatedHashIsReplaced() {
    try (var db = database()) {
      Optional<StaffAccount> in =
          db.inTransaction(
              em ->
                  login(em)
                      .settle(new Checked("noa", "hash-1", Verdict.RIGHT, Optional.of("hash-2"))));
      assertEquals("noa", in.orElseThrow().username());
      assertEquals("hash-2", noa(db).passwordHash());
      assertEquals(List.of("true|password"), details());
      Optional<StaffAccount> none =
          db.inTransaction(
              em -> login(em).settle(new Checked("nobody", null, Verdict.WRONG, Optional.empty())));
      assertTrue(none.isEmpty());
      assertEquals("false|unknown account", details().get(1));
    }
  }

  @Test
  void checkedTextNamesNeitherHash() {
    String text = new Checked("noa", "secret-hash", Verdict.RIGHT, Optional.of("new")).toString();
    assertFalse(text.contains("secret-hash") || text.contains("new"), text);
  }
}
