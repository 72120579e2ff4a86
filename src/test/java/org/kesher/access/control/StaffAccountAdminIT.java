package org.kesher.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffAccountChange;
import org.kesher.access.entity.StaffAccountChange.What;
import org.kesher.access.entity.StaffRole;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;
import org.kesher.testing.TestJpa;

/**
 * Administrators' edits to staff accounts on MariaDB and on H2: the fields and unit places change,
 * each change is recorded without secrets, and a change that would leave a unit receiving sealed
 * request types (the seeded Social Services and protection teams) without a head is refused.
 */
@ParameterizedClass(name = "on {0}")
@EnumSource(TestJpa.Engine.class)
class StaffAccountAdminIT {

  @Parameter TestJpa.Engine engine;

  private static TestJpa jpa;

  @BeforeParameterizedClassInvocation
  static void staff(TestJpa.Engine engine) {
    jpa = TestJpa.freshDatabase(engine, "kesher_staff_admin");
    jpa.run(
        em -> {
          account(em, "admin.one", StaffRole.ADMINISTRATOR);
          var head = account(em, "social.head", StaffRole.CASEWORKER);
          em.persist(head.joinUnit(unit(em, "SOCIAL_SERVICES"), MemberRole.HEAD));
          em.persist(head.joinUnit(unit(em, "MEDIATION"), MemberRole.HEAD));
          account(em, "dana", StaffRole.CASEWORKER);
        });
  }

  @AfterAll
  static void close() {
    if (jpa != null) {
      jpa.close();
      jpa = null;
    }
  }

  private static StaffAccount account(EntityManager em, String username, StaffRole role) {
    var account =
        new StaffAccount(username, "Test " + username, "x:1:a:b", Language.HE, Instant.now());
    account.grant(role);
    em.persist(account);
    return account;
  }

  private static Unit unit(EntityManager em, String code) {
    return em.createNamedQuery(Unit.BY_CODE, Unit.class)
        .setParameter("code", code)
        .getSingleResult();
  }

  private static StaffAccounts accounts(EntityManager em) {
    var accounts = new StaffAccounts();
    accounts.em = em;
    return accounts;
  }

  private static UnitPlaces places(EntityManager em) {
    var places = new UnitPlaces();
    places.em = em;
    return places;
  }

  private static AccountHistory history(EntityManager em) {
    var history = new AccountHistory();
    history.em = em;
    history.accessed = new org.kesher.testing.FiredEvents<>();
    return history;
  }

  private static StaffAccountEditing editing(EntityManager em) {
    var editing = new StaffAccountEditing();
    editing.em = em;
    editing.accounts = accounts(em);
    editing.places = places(em);
    editing.history = history(em);
    return editing;
  }

  private static StaffAccountAccess access(EntityManager em) {
    var access = new StaffAccountAccess();
    access.em = em;
    access.accounts = accounts(em);
    access.places = places(em);
    access.history = history(em);
    return access;
  }

  private static List<StaffAccountChange> changes(String username) {
    return jpa.inTransaction(em -> editing(em).changes(username));
  }

  /** admin.one saves dana's form: her name and language as they are, the rest as given. */
  private static void editDana(
      String email, java.util.Set<StaffRole> roles, Map<String, MemberRole> units) {
    jpa.run(
        em -> editing(em).edit("admin.one", "dana", "Dana Levi", email, Language.AR, roles, units));
  }

  @Test
  void anAdministratorEditsNameEmailLanguageRolesAndUnitsAndEachChangeIsRecorded() {
    editDana(
        "Dana@Example.ORG",
        EnumSet.of(StaffRole.CASEWORKER, StaffRole.INTAKE_COORDINATOR),
        Map.of("MEDIATION", MemberRole.MEMBER, "SOCIAL_SERVICES", MemberRole.HEAD));
    var form = jpa.inTransaction(em -> editing(em).read("dana")).orElseThrow();
    assertEquals("Dana Levi", form.displayName());
    assertEquals("Dana@example.org", form.email());
    assertEquals(Language.AR, form.language());
    assertEquals(EnumSet.of(StaffRole.CASEWORKER, StaffRole.INTAKE_COORDINATOR), form.roles());
    assertEquals(
        Map.of("MEDIATION", MemberRole.MEMBER, "SOCIAL_SERVICES", MemberRole.HEAD), form.units());

    var recorded = changes("dana");
    assertEquals(
        Set.of(What.NAME, What.EMAIL, What.LANGUAGE, What.ROLES, What.UNITS),
        recorded.stream()
            .map(StaffAccountChange::what)
            .collect(java.util.stream.Collectors.toSet()));
    long adminId = jpa.inTransaction(em -> accounts(em).byUsername("admin.one")).orElseThrow().id();
    assertTrue(recorded.stream().allMatch(c -> Long.valueOf(adminId).equals(c.changedById())));
    assertTrue(
        recorded.stream()
            .anyMatch(c -> "MEDIATION:MEMBER, SOCIAL_SERVICES:HEAD".equals(c.detail())),
        recorded.toString());

    // the same form again changes and records nothing
    editDana(
        "Dana@example.org",
        EnumSet.of(StaffRole.CASEWORKER, StaffRole.INTAKE_COORDINATOR),
        Map.of("MEDIATION", MemberRole.MEMBER, "SOCIAL_SERVICES", MemberRole.HEAD));
    assertEquals(recorded.size(), changes("dana").size());

    // dana is now a second head of Social Services: social.head may leave it
    jpa.run(
        em ->
            editing(em)
                .edit(
                    "admin.one",
                    "social.head",
                    "Test social.head",
                    "",
                    Language.HE,
                    EnumSet.of(StaffRole.CASEWORKER),
                    Map.of("MEDIATION", MemberRole.HEAD)));
    assertEquals(
        Map.of("MEDIATION", MemberRole.HEAD),
        jpa.inTransaction(em -> editing(em).read("social.head")).orElseThrow().units());

    // and dana, the last head now, may neither step down nor be switched off
    var stepDown =
        assertThrows(
            AccountRefused.class,
            () ->
                editDana(
                    "Dana@example.org",
                    EnumSet.of(StaffRole.CASEWORKER),
                    Map.of("SOCIAL_SERVICES", MemberRole.MEMBER)));
    assertEquals("account.strandsSealed", stepDown.key());
    assertEquals(List.of("SOCIAL_SERVICES"), stepDown.unitCodes());
    var switchOff =
        assertThrows(
            AccountRefused.class,
            () -> jpa.run(em -> access(em).switchAccount("admin.one", "dana", false)));
    assertEquals(List.of("SOCIAL_SERVICES"), switchOff.unitCodes());
    var form2 = jpa.inTransaction(em -> editing(em).read("dana")).orElseThrow();
    assertTrue(form2.enabled());
    assertEquals(MemberRole.HEAD, form2.units().get("SOCIAL_SERVICES"));
  }

  private static String state(String username) {
    return jpa.inTransaction(em -> new SessionAccounts(em).state(username))
        .map(
            s ->
                s.epoch()
                    + "|"
                    + s.mustChangePassword()
                    + "|"
                    + s.enabled()
                    + "|"
                    + s.secondFactor())
        .orElse("none");
  }

  @Test
  void aSessionReadsTheAccountsEpochAndWhetherItMustChooseAPassword() {
    jpa.run(em -> account(em, "noa", StaffRole.CASEWORKER));
    assertEquals("0|false|true|false", state("noa"));
    jpa.run(em -> accounts(em).byUsername("noa").orElseThrow().passwordSetFor("y:1:c:d"));
    assertEquals("1|true|true|false", state("noa"));
    jpa.run(em -> accounts(em).byUsername("noa").orElseThrow().passwordChosen("z:1:e:f"));
    assertEquals("2|false|true|false", state("noa"));
    assertEquals("none", state("nobody"));
  }

  private static final long NOW = 1_796_000_000L;

  private static SecondFactors factors(EntityManager em) {
    var factors = new SecondFactors();
    factors.em = em;
    factors.history = history(em);
    factors.accessed = new org.kesher.testing.FiredEvents<>();
    factors.factor = new SecondFactor(() -> NOW);
    factors.clock = java.time.Clock.fixed(Instant.ofEpochSecond(NOW), java.time.ZoneOffset.UTC);
    return factors;
  }

  private static boolean logIn(String username, String code) {
    Boolean done = jpa.inTransaction(em -> factors(em).logIn(username, code));
    return done;
  }

  private static long unusedRecoveryCodes(String username) {
    Long left = jpa.inTransaction(em -> factors(em).unusedRecoveryCodes(username));
    return left;
  }

  @Test
  void aSecondFactorIsEnrolledAndEndsLoginsWithCodesRecoveryCodesOnceAndWrongCodesLock() {
    jpa.run(em -> account(em, "tal", StaffRole.ADMINISTRATOR));
    var factor = new SecondFactor(() -> NOW);
    String secret = SecondFactor.newSecret();
    long step = NOW / 30;
    var wrongFirst =
        assertThrows(
            AccountRefused.class,
            () ->
                jpa.run(
                    em ->
                        factors(em)
                            .confirm(
                                "tal",
                                secret,
                                "000000".equals(factor.codeAt(secret, step))
                                    ? "111111"
                                    : "000000")));
    assertEquals("factor.codeWrong", wrongFirst.key());
    List<String> recovery =
        jpa.inTransaction(
            em -> factors(em).confirm("tal", secret, factor.codeAt(secret, step - 1)));
    assertEquals(10, recovery.size());
    assertEquals("0|false|true|true", state("tal"));
    assertEquals(10L, unusedRecoveryCodes("tal"));
    assertTrue(changes("tal").stream().anyMatch(c -> c.what() == What.SECOND_FACTOR_ENROLLED));

    // the code of the confirmed step is spent; the next one opens a login, once
    assertFalse(logIn("tal", factor.codeAt(secret, step - 1)));
    assertTrue(logIn("tal", factor.codeAt(secret, step)));
    assertFalse(logIn("tal", factor.codeAt(secret, step)));
    // a recovery code opens one login
    assertTrue(logIn("tal", recovery.get(3).toUpperCase()));
    assertFalse(logIn("tal", recovery.get(3)));
    assertEquals(9L, unusedRecoveryCodes("tal"));

    // wrong codes count as wrong passwords: with the spent one above, four more lock the account
    for (int i = 0; i < 4; i++) {
      assertFalse(logIn("tal", "999999x"));
    }
    assertFalse(
        logIn("tal", factor.codeAt(secret, step + 1)), "locked: even the right code is refused");
    Boolean mayLogIn =
        jpa.inTransaction(
            em ->
                accounts(em).byUsername("tal").orElseThrow().mayLogIn(Instant.ofEpochSecond(NOW)));
    assertFalse(mayLogIn, "locked");
  }

  @Test
  void aWrongEmailIsRefusedAndNothingChanges() {
    var refused =
        assertThrows(
            AccountRefused.class,
            () ->
                jpa.run(
                    em ->
                        editing(em)
                            .edit(
                                "admin.one",
                                "admin.one",
                                "Renamed",
                                "admin@nowhere",
                                Language.HE,
                                EnumSet.of(StaffRole.ADMINISTRATOR),
                                Map.of())));
    assertEquals(StaffEmail.INVALID, refused.key());
    assertEquals(
        "Test admin.one",
        jpa.inTransaction(em -> editing(em).read("admin.one")).orElseThrow().displayName());
  }

  @Test
  void anAccountIsSwitchedOffAndOnAndBothAreRecorded() {
    jpa.run(em -> account(em, "yossi", StaffRole.CASEWORKER));
    jpa.run(em -> access(em).switchAccount("admin.one", "yossi", false));
    assertFalse(jpa.inTransaction(em -> editing(em).read("yossi")).orElseThrow().enabled());
    jpa.run(em -> access(em).switchAccount("admin.one", "yossi", true));
    assertTrue(jpa.inTransaction(em -> editing(em).read("yossi")).orElseThrow().enabled());
    assertEquals(
        List.of(What.SWITCHED_ON, What.SWITCHED_OFF),
        changes("yossi").stream().map(StaffAccountChange::what).toList());
    var own =
        assertThrows(
            AccountRefused.class,
            () -> jpa.run(em -> access(em).switchAccount("admin.one", "admin.one", false)));
    assertEquals("admin.notYourself", own.key());
  }
}
