package org.kesher.access.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;

/** A staff member's account: login, roles, unit memberships, language. */
@Entity
@Table(name = "staff_account")
@NamedQuery(
    name = StaffAccount.BY_USERNAME,
    query = "SELECT s FROM StaffAccount s WHERE s.username = :username")
@NamedQuery(
    name = StaffAccount.COUNT_WITH_ROLE,
    query = "SELECT COUNT(s) FROM StaffAccount s JOIN s.roles r WHERE r = :role")
public class StaffAccount {

  public static final String BY_USERNAME = "StaffAccount.byUsername";
  public static final String COUNT_WITH_ROLE = "StaffAccount.countWithRole";

  @Id
  @TableGenerator(
      name = "staff_account_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "staff_account",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "staff_account_ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String username;

  @Column(name = "display_name", nullable = false)
  private String displayName;

  private String email;

  /** Jakarta Security's PBKDF2 format; never the password itself. */
  @Column(name = "password_hash", nullable = false)
  private String passwordHash;

  @Column(nullable = false)
  private String language;

  private boolean enabled = true;

  @Embedded private LoginAttempts logins = new LoginAttempts();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** Set when an administrator chose the password: the member must choose their own first. */
  @Column(name = "must_change_password")
  private boolean mustChangePassword;

  /** Raised by each password change or reset: a session opened under an older epoch ends. */
  @Column(name = "session_epoch")
  private int sessionEpoch;

  /** The TOTP secret of the second factor, sealed like case content; none until enrolled. */
  @jakarta.persistence.Convert(converter = org.kesher.sealing.control.SealedText.class)
  @Column(name = "totp_secret")
  private String totpSecret;

  @Column(name = "totp_enrolled_at")
  private Instant totpEnrolledAt;

  /** The time step of the last TOTP code accepted: each code is taken once. */
  @Column(name = "totp_last_step")
  private Long totpLastStep;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
  @Column(name = "role")
  @Enumerated(EnumType.STRING)
  private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

  @OneToMany(mappedBy = "staff")
  private List<UnitMembership> memberships = new ArrayList<>();

  @Version private long version;

  protected StaffAccount() {}

  public StaffAccount(
      String username, String displayName, String passwordHash, Language language, Instant now) {
    this.username = requireText(username, "username");
    this.displayName = requireText(displayName, "display name");
    this.passwordHash = requireText(passwordHash, "password hash");
    this.language = Objects.requireNonNull(language, "language").code();
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  private static String requireText(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("a staff account needs a " + what);
    }
    return value;
  }

  public void grant(StaffRole role) {
    roles.add(role);
  }

  /** Adds this account to a unit; the caller persists the returned membership. */
  public UnitMembership joinUnit(Unit unit, MemberRole role) {
    var membership = new UnitMembership(this, unit, role);
    memberships.add(membership);
    return membership;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  /** Where mails to this staff member go, if they have an address. */
  public java.util.Optional<String> email() {
    return java.util.Optional.ofNullable(email).filter(e -> !e.isBlank());
  }

  public String displayName() {
    return displayName;
  }

  public Language language() {
    return Language.fromCode(language).filter(Language::isStaffLanguage).orElse(Language.DEFAULT);
  }

  public Set<StaffRole> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public List<UnitMembership> memberships() {
    return Collections.unmodifiableList(memberships);
  }

  public boolean isEnabled() {
    return enabled;
  }

  /** The language the staff pages speak to this staff member. */
  public void speak(Language language) {
    this.language = Objects.requireNonNull(language, "language").code();
  }

  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  public String passwordHash() {
    return passwordHash;
  }

  /** A new name, as the staff pages show it. */
  public void rename(String displayName) {
    this.displayName = requireText(displayName, "display name").strip();
  }

  /** A new address for staff mails, already checked ({@code StaffEmail}); empty removes it. */
  public void mailTo(java.util.Optional<String> email) {
    this.email = email.orElse(null);
  }

  /** The department-wide roles, replacing the ones held so far. */
  public void holdRoles(Set<StaffRole> roles) {
    this.roles.clear();
    this.roles.addAll(roles);
  }

  /** Leaves a unit; the caller removes the returned membership. */
  public void leave(UnitMembership membership) {
    memberships.remove(membership);
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Whether the member must choose a new password before any staff page opens. */
  public boolean mustChangePassword() {
    return mustChangePassword;
  }

  public int sessionEpoch() {
    return sessionEpoch;
  }

  /**
   * A password set by someone else (enrolment, reset): the member chooses their own at the next
   * login, and every open session of the account ends; a lock is lifted.
   */
  public void passwordSetFor(String newHash) {
    passwordHash = requireText(newHash, "password hash");
    mustChangePassword = true;
    sessionEpoch++;
    logins.unlock();
  }

  /** A password the member chose: every other session of the account ends. */
  public void passwordChosen(String newHash) {
    passwordHash = requireText(newHash, "password hash");
    mustChangePassword = false;
    sessionEpoch++;
  }

  /** The account must choose its password at the first login (the first administrator). */
  public void mustChooseOwnPassword() {
    mustChangePassword = true;
  }

  /** Whether the member has enrolled a second factor, and so gives a code at each login. */
  public boolean usesSecondFactor() {
    return totpEnrolledAt != null && totpSecret != null;
  }

  public java.util.Optional<String> totpSecret() {
    return java.util.Optional.ofNullable(totpSecret);
  }

  public Long totpLastStep() {
    return totpLastStep;
  }

  /** A second factor confirmed with its first code (of the given time step). */
  public void enrolSecondFactor(String secret, Instant now, long step) {
    totpSecret = requireText(secret, "second factor secret");
    totpEnrolledAt = Objects.requireNonNull(now, "now");
    totpLastStep = step;
  }

  /** A TOTP code of this time step was used: no code of it or before is taken again. */
  public void codeUsed(long step) {
    totpLastStep = step;
  }

  /**
   * The right password of an account with a second factor: the login is not done yet, so a run of
   * failures (passwords and codes together) is not cleared; an outdated hash is replaced.
   */
  public void passwordAccepted(java.util.Optional<String> upgradedHash) {
    upgradedHash.ifPresent(h -> passwordHash = h);
  }

  /** Whether the account may try to log in now: enabled and not locked. */
  public boolean mayLogIn(Instant now) {
    return enabled && !logins.lockedAt(now);
  }

  /** A wrong password: the fifth in a row locks the account for {@link LoginAttempts#LOCK}. */
  public void loginFailed(Instant now) {
    logins.failed(now);
  }

  /** A successful login; a hash made with older parameters is replaced by the given one. */
  public void loggedIn(Instant now, java.util.Optional<String> upgradedHash) {
    logins.succeeded(now);
    upgradedHash.ifPresent(h -> passwordHash = h);
  }
}
