package org.kesher.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffAccountChange;
import org.kesher.access.entity.StaffAccountChange.What;
import org.kesher.access.entity.StaffRole;
import org.kesher.access.entity.UnitMembership;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;

/**
 * What administrators do to a staff account: edit its name, email, language, roles and units, reset
 * its password, switch it off or on. Each change is recorded ({@link StaffAccountChange}); a change
 * that would leave a unit receiving sealed request types without a head is refused ({@link
 * SealedUnitCover}).
 */
@ApplicationScoped
@Transactional
public class StaffAccountAdmin {

  @PersistenceContext EntityManager em;

  @Inject PasswordHashing passwords;

  @Inject StaffAccounts accounts;

  Clock clock = Clock.systemUTC();

  /** An account as the edit form shows it; units by code. */
  public record AccountForm(
      String username,
      String displayName,
      String email,
      Language language,
      Set<StaffRole> roles,
      Map<String, MemberRole> units,
      boolean enabled,
      boolean mustChangePassword)
      implements java.io.Serializable {}

  public Optional<AccountForm> read(String username) {
    return accounts
        .byUsername(username)
        .map(
            a ->
                new AccountForm(
                    a.username(),
                    a.displayName(),
                    a.email().orElse(""),
                    a.language(),
                    a.roles().isEmpty() ? Set.of() : EnumSet.copyOf(a.roles()),
                    a.memberships().stream()
                        .collect(
                            Collectors.toMap(
                                m -> m.unit().code(),
                                UnitMembership::role,
                                (x, y) -> x,
                                TreeMap::new)),
                    a.isEnabled(),
                    a.mustChangePassword()));
  }

  /**
   * A new staff member with a generated password, to be shown once to the administrator; the member
   * chooses their own at the first login.
   *
   * @param unit the unit's code, or null for none
   * @return the generated password
   * @throws AccountRefused when the username is taken or a value is missing or wrong
   */
  public String enrol(
      String by,
      String username,
      String displayName,
      String email,
      Language language,
      StaffRole role,
      String unit,
      MemberRole memberRole) {
    if (username == null || !username.strip().matches("[a-z0-9._-]{3,80}")) {
      throw new AccountRefused("admin.usernameInvalid");
    }
    if (accounts.byUsername(username.strip()).isPresent()) {
      throw new AccountRefused("admin.usernameTaken");
    }
    if (displayName == null || displayName.isBlank()) {
      throw new AccountRefused("admin.nameMissing");
    }
    Optional<String> mail;
    try {
      mail = StaffEmail.parse(email);
    } catch (IllegalArgumentException wrong) {
      throw new AccountRefused(StaffEmail.INVALID);
    }
    Unit chosen = unit == null || unit.isBlank() ? null : unit(unit);
    String password = GeneratedPassword.create();
    StaffAccount account =
        accounts.createToChooseOwnPassword(
            username.strip(), displayName.strip(), password, language, role);
    account.mailTo(mail);
    if (chosen != null) {
      em.persist(account.joinUnit(chosen, memberRole));
    }
    em.flush();
    record(
        account,
        accounts.byUsername(by).orElse(null),
        clock.instant(),
        What.ENROLLED,
        role.name() + (chosen == null ? "" : "; " + chosen.code() + ":" + memberRole.name()));
    return password;
  }

  private Unit unit(String code) {
    return em.createNamedQuery(Unit.BY_CODE, Unit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new AccountRefused("account.unitUnknown"));
  }

  /**
   * Replaces the account's name, email, language, roles and unit places (unit code to member or
   * head; a unit not named is left). Records one change per field that changed.
   *
   * @throws AccountRefused when a value is wrong or a sealed unit would be left without a head
   */
  public void edit(
      String by,
      String username,
      String displayName,
      String email,
      Language language,
      Set<StaffRole> roles,
      Map<String, MemberRole> units) {
    StaffAccount account = account(username);
    StaffAccount admin = accounts.byUsername(by).orElse(null);
    if (displayName == null || displayName.isBlank()) {
      throw new AccountRefused("admin.nameMissing");
    }
    Optional<String> mail;
    try {
      mail = StaffEmail.parse(email);
    } catch (IllegalArgumentException wrong) {
      throw new AccountRefused(StaffEmail.INVALID);
    }
    if (roles.isEmpty()) {
      throw new AccountRefused("account.roleMissing");
    }
    if (account.username().equals(by) && !roles.contains(StaffRole.ADMINISTRATOR)) {
      throw new AccountRefused("account.notYourAdminRole");
    }
    Map<String, Unit> chosen = new HashMap<>();
    for (String code : units.keySet()) {
      chosen.put(code, unit(code));
    }
    Set<Long> headedAfter =
        units.entrySet().stream()
            .filter(e -> e.getValue() == MemberRole.HEAD)
            .map(e -> chosen.get(e.getKey()).id())
            .collect(Collectors.toSet());
    refuseIfStranding(account, account.isEnabled() ? headedAfter : Set.of());

    Instant now = clock.instant();
    if (!account.displayName().equals(displayName.strip())) {
      account.rename(displayName);
      record(account, admin, now, What.NAME, account.displayName());
    }
    if (!account.email().equals(mail)) {
      account.mailTo(mail);
      record(account, admin, now, What.EMAIL, mail.orElse(null));
    }
    if (account.language() != language) {
      account.speak(language);
      record(account, admin, now, What.LANGUAGE, language.code());
    }
    if (!account.roles().equals(roles)) {
      account.holdRoles(roles);
      record(account, admin, now, What.ROLES, describeRoles(roles));
    }
    if (placeIn(account, units, chosen)) {
      record(account, admin, now, What.UNITS, describeUnits(units));
    }
  }

  private boolean placeIn(
      StaffAccount account, Map<String, MemberRole> units, Map<String, Unit> chosen) {
    boolean changed = false;
    for (UnitMembership m : List.copyOf(account.memberships())) {
      MemberRole wanted = units.get(m.unit().code());
      if (wanted == null) {
        account.leave(m);
        em.remove(m);
        changed = true;
      } else if (wanted != m.role()) {
        m.become(wanted);
        changed = true;
      }
    }
    Set<String> held =
        account.memberships().stream().map(m -> m.unit().code()).collect(Collectors.toSet());
    for (var place : units.entrySet()) {
      if (!held.contains(place.getKey())) {
        em.persist(account.joinUnit(chosen.get(place.getKey()), place.getValue()));
        changed = true;
      }
    }
    if (changed) {
      em.flush();
    }
    return changed;
  }

  /**
   * A new generated password, shown once to the administrator: the member must choose their own at
   * the next login, and the account's open sessions end.
   */
  public String resetPassword(String by, String username) {
    StaffAccount account = account(username);
    String password = GeneratedPassword.create();
    account.passwordSetFor(passwords.hash(password));
    record(
        account, accounts.byUsername(by).orElse(null), clock.instant(), What.PASSWORD_RESET, null);
    return password;
  }

  /** Switches an account off (it can no longer log in, its sessions end) or on again. */
  public void switchAccount(String by, String username, boolean enabled) {
    StaffAccount account = account(username);
    if (!enabled && account.username().equals(by)) {
      throw new AccountRefused("admin.notYourself");
    }
    if (account.isEnabled() == enabled) {
      return;
    }
    if (!enabled) {
      refuseIfStranding(account, Set.of());
    }
    account.setEnabled(enabled);
    record(
        account,
        accounts.byUsername(by).orElse(null),
        clock.instant(),
        enabled ? What.SWITCHED_ON : What.SWITCHED_OFF,
        null);
  }

  /** The recorded changes of an account, newest first. */
  public List<StaffAccountChange> changes(String username) {
    return accounts
        .byUsername(username)
        .map(
            a ->
                em.createNamedQuery(StaffAccountChange.OF_ACCOUNT, StaffAccountChange.class)
                    .setParameter("account", a.id())
                    .setMaxResults(50)
                    .getResultList())
        .orElse(List.of());
  }

  void record(StaffAccount account, StaffAccount by, Instant at, What what, String detail) {
    em.persist(new StaffAccountChange(account, by, at, what, detail));
  }

  private StaffAccount account(String username) {
    return accounts
        .byUsername(Objects.requireNonNullElse(username, ""))
        .orElseThrow(() -> new AccountRefused("account.unknown"));
  }

  private void refuseIfStranding(StaffAccount account, Set<Long> headedAfter) {
    Set<Long> headedBefore =
        account.isEnabled()
            ? account.memberships().stream()
                .filter(m -> m.role() == MemberRole.HEAD)
                .map(m -> m.unit().id())
                .collect(Collectors.toSet())
            : Set.of();
    if (headedBefore.isEmpty()) {
      return;
    }
    Set<Long> stranded =
        SealedUnitCover.strandedBy(
            sealedUnits(), otherHeads(account, headedBefore), headedBefore, headedAfter);
    if (!stranded.isEmpty()) {
      throw new AccountRefused(
          "account.strandsSealed",
          account.memberships().stream()
              .map(UnitMembership::unit)
              .filter(u -> stranded.contains(u.id()))
              .map(Unit::code)
              .sorted()
              .toList());
    }
  }

  /**
   * The units that an active routing rule for a sealed request type sends cases to. (The rule is
   * routing's; it is read here by its entity name so that access keeps below routing.)
   */
  Set<Long> sealedUnits() {
    return Set.copyOf(
        em.createQuery(
                "SELECT DISTINCT r.unit.id FROM RoutingRule r JOIN r.requestType t"
                    + " WHERE r.active = TRUE AND t.confidentiality = :sealed",
                Long.class)
            .setParameter("sealed", Confidentiality.SEALED)
            .getResultList());
  }

  /** Per unit, the enabled heads it has besides the given account. */
  Map<Long, Long> otherHeads(StaffAccount account, Set<Long> units) {
    Map<Long, Long> heads = new HashMap<>();
    em.createQuery(
            "SELECT m.unit.id, COUNT(m.id) FROM UnitMembership m JOIN m.staff s"
                + " WHERE m.role = :head AND s.enabled = TRUE AND s.id <> :account"
                + " AND m.unit.id IN :units GROUP BY m.unit.id",
            Object[].class)
        .setParameter("head", MemberRole.HEAD)
        .setParameter("account", account.id())
        .setParameter("units", List.copyOf(units))
        .getResultList()
        .forEach(row -> heads.put((Long) row[0], (Long) row[1]));
    return heads;
  }

  static String describeRoles(Set<StaffRole> roles) {
    return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }

  static String describeUnits(Map<String, MemberRole> units) {
    return new TreeMap<>(units)
        .entrySet().stream()
            .map(e -> e.getKey() + ":" + e.getValue().name())
            .collect(Collectors.joining(", "));
  }
}
