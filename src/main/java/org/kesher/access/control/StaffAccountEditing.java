package org.kesher.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
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
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;

/**
 * What administrators write into staff accounts: a new member, and an existing account's name,
 * email, language, roles and unit places; with the form and the recorded changes ({@link
 * StaffAccountChange}) the edit page reads back. A change that would leave a unit receiving sealed
 * request types without a head is refused ({@link UnitPlaces}).
 */
@ApplicationScoped
@Transactional
public class StaffAccountEditing {

  @PersistenceContext EntityManager em;

  @Inject StaffAccounts accounts;

  @Inject UnitPlaces places;

  @Inject AccountHistory history;

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
    requireName(displayName);
    Optional<String> mail = mailOf(email);
    Unit chosen = unit == null || unit.isBlank() ? null : places.unit(unit);
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
    StaffAccount account = accounts.existing(username);
    StaffAccount admin = accounts.byUsername(by).orElse(null);
    requireName(displayName);
    Optional<String> mail = mailOf(email);
    if (roles.isEmpty()) {
      throw new AccountRefused("account.roleMissing");
    }
    if (account.username().equals(by) && !roles.contains(StaffRole.ADMINISTRATOR)) {
      throw new AccountRefused("account.notYourAdminRole");
    }
    Map<String, Unit> chosen = places.units(units.keySet());
    Set<Long> headedAfter =
        units.entrySet().stream()
            .filter(e -> e.getValue() == MemberRole.HEAD)
            .map(e -> chosen.get(e.getKey()).id())
            .collect(Collectors.toSet());
    places.refuseIfStranding(account, account.isEnabled() ? headedAfter : Set.of());

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
    if (places.placeIn(account, units, chosen)) {
      record(account, admin, now, What.UNITS, UnitPlaces.describe(units));
    }
  }

  private static void requireName(String displayName) {
    if (displayName == null || displayName.isBlank()) {
      throw new AccountRefused("admin.nameMissing");
    }
  }

  private static Optional<String> mailOf(String email) {
    try {
      return StaffEmail.parse(email);
    } catch (IllegalArgumentException wrong) {
      throw new AccountRefused(StaffEmail.INVALID);
    }
  }

  private void record(StaffAccount account, StaffAccount by, Instant at, What what, String detail) {
    history.record(account, by, at, what, detail);
  }

  static String describeRoles(Set<StaffRole> roles) {
    return roles.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
  }
}
