package org.kesher.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffRole;
import org.kesher.ground.control.Language;

/** Creates and finds staff accounts. */
@ApplicationScoped
@Transactional
public class StaffAccounts {

  @PersistenceContext EntityManager em;

  @Inject PasswordHashing passwords;

  Clock clock = Clock.systemUTC();

  public StaffAccounts() {}

  /** Accounts read through an entity manager of one's own (tests outside the server). */
  public StaffAccounts(EntityManager em) {
    this.em = em;
  }

  public Optional<StaffAccount> byUsername(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<StaffAccount> byId(long id) {
    return Optional.ofNullable(em.find(StaffAccount.class, id));
  }

  /** The account an administrator names; none by that name is refused ("account.unknown"). */
  public StaffAccount existing(String username) {
    return byUsername(java.util.Objects.requireNonNullElse(username, ""))
        .orElseThrow(() -> new AccountRefused("account.unknown"));
  }

  /** The enabled accounts that hold a role. */
  public java.util.List<StaffAccount> withRole(StaffRole role) {
    return em.createQuery(
            "SELECT s FROM StaffAccount s JOIN s.roles r WHERE r = :role AND s.enabled = TRUE"
                + " ORDER BY s.username",
            StaffAccount.class)
        .setParameter("role", role)
        .getResultList();
  }

  public long countWithRole(StaffRole role) {
    return em.createNamedQuery(StaffAccount.COUNT_WITH_ROLE, Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  /**
   * A new account with a password someone else chose, shown to them once: the member must choose
   * their own at the first login.
   */
  public StaffAccount createToChooseOwnPassword(
      String username, String displayName, String password, Language language, StaffRole role) {
    StaffAccount account = create(username, displayName, password, language, role);
    account.mustChooseOwnPassword();
    return account;
  }

  /** A new account with the given password (hashed here, never stored in clear). */
  public StaffAccount create(
      String username, String displayName, String password, Language language, StaffRole role) {
    var account =
        new StaffAccount(
            username, displayName, passwords.hash(password), language, Instant.now(clock));
    account.grant(role);
    em.persist(account);
    return account;
  }

  /** A line of the staff list (kept with the page's view, hence serializable). */
  /**
   * An account as the administrators' list shows it: its roles as names, its units as names each
   * with the member's place (MEMBER, HEAD), for the page to say in the reader's language.
   */
  public record StaffLine(
      String username,
      String displayName,
      java.util.List<String> roles,
      java.util.List<Place> units,
      boolean enabled)
      implements java.io.Serializable {}

  /** A unit an account belongs to, by name, and the account's place in it. */
  public record Place(String unit, String role) implements java.io.Serializable {}

  /** Every staff account, by username, for the administrators' list. */
  public java.util.List<StaffLine> all(Language language) {
    return em
        .createQuery("SELECT s FROM StaffAccount s ORDER BY s.username", StaffAccount.class)
        .getResultList()
        .stream()
        .map(
            s ->
                new StaffLine(
                    s.username(),
                    s.displayName(),
                    s.roles().stream().map(Enum::name).sorted().toList(),
                    s.memberships().stream()
                        .map(m -> new Place(m.unit().name().in(language), m.role().name()))
                        .toList(),
                    s.isEnabled()))
        .toList();
  }

  /** A staff member's own choice of language for the staff pages. */
  public void setLanguage(String username, Language language) {
    byUsername(username).ifPresent(s -> s.speak(language));
  }

  /** A colleague as a choice in a list: who, by name. */
  public record Member(long id, String displayName) {}

  /** The enabled members of the given units, by name: who a case of theirs can be given to. */
  public java.util.List<Member> membersOf(java.util.Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return java.util.List.of();
    }
    return em.createQuery(
            "SELECT DISTINCT NEW org.kesher.access.control.StaffAccounts$Member(s.id,"
                + " s.displayName) FROM StaffAccount s JOIN s.memberships m WHERE m.unit.id IN"
                + " :units AND s.enabled = TRUE ORDER BY s.displayName",
            Member.class)
        .setParameter("units", java.util.List.copyOf(unitIds))
        .getResultList();
  }

  /** The enabled heads of a unit: told of what reaches it, such as a case referred to it. */
  public java.util.List<StaffAccount> headsOf(long unitId) {
    return em.createQuery(
            "SELECT m.staff FROM UnitMembership m WHERE m.unit.id = :unit AND m.role = :head"
                + " AND m.staff.enabled = TRUE",
            StaffAccount.class)
        .setParameter("unit", unitId)
        .setParameter("head", org.kesher.access.entity.MemberRole.HEAD)
        .getResultList();
  }
}
