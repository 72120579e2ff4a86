package org.kesher.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.eclipse.microprofile.config.ConfigProvider;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffAccountChange.What;
import org.kesher.access.entity.StaffRecoveryCode;
import org.kesher.ground.control.Accessed;

/**
 * Staff members' second factor: enrolment (a new secret, confirmed by a first code, and ten
 * recovery codes shown once), and the code that ends a login. A wrong code counts in the same run
 * of failures as a wrong password: five in a row lock the account ({@link
 * org.kesher.access.entity.LoginAttempts#LOCK}).
 */
@ApplicationScoped
public class SecondFactors {

  @PersistenceContext EntityManager em;

  @Inject Event<Accessed> accessed;

  @Inject AccountHistory history;

  Clock clock = Clock.systemUTC();

  SecondFactor factor = new SecondFactor();

  /** A secret being enrolled, as the enrolment page shows it. */
  public record Enrolment(String secret, String qrCode) implements java.io.Serializable {}

  /** The settings per role ({@code kesher.second-factor.<role>}). */
  public SecondFactorPolicy policy() {
    var config = ConfigProvider.getConfig();
    return new SecondFactorPolicy(
        role ->
            config.getOptionalValue(
                "kesher.second-factor." + role.toLowerCase(Locale.ROOT).replace('_', '-'),
                String.class));
  }

  /** A new secret for the member, not stored until a first code confirms it. */
  public Enrolment begin(String username) {
    String secret = SecondFactor.newSecret();
    return new Enrolment(secret, SecondFactor.qrCode(secret, username));
  }

  /**
   * Stores the secret once the member's app shows a right code for it; earlier recovery codes are
   * forgotten.
   *
   * @return ten new recovery codes, to be shown once
   * @throws AccountRefused ("factor.codeWrong") when the code does not match
   */
  @Transactional
  public List<String> confirm(String username, String secret, String code) {
    StaffAccount account =
        locked(username).orElseThrow(() -> new AccountRefused("account.unknown"));
    OptionalLong step = factor.accept(secret, code, null);
    if (step.isEmpty()) {
      throw new AccountRefused("factor.codeWrong");
    }
    Instant now = clock.instant();
    account.enrolSecondFactor(secret, now, step.getAsLong());
    em.createNamedQuery(StaffRecoveryCode.FORGET_ALL)
        .setParameter("staff", account.id())
        .executeUpdate();
    List<String> codes = List.of(SecondFactor.newRecoveryCodes());
    codes.forEach(
        c -> em.persist(new StaffRecoveryCode(account, SecondFactor.hashRecoveryCode(c))));
    history.record(account, account, now, What.SECOND_FACTOR_ENROLLED, null);
    return codes;
  }

  /**
   * The code (from the app, or a recovery code) that ends the login of a member whose password was
   * right. A wrong one is a failed login.
   */
  @Transactional
  public boolean logIn(String username, String code) {
    Instant now = clock.instant();
    Optional<StaffAccount> found = locked(username);
    if (found.isEmpty() || code == null) {
      return false;
    }
    StaffAccount account = found.get();
    if (!account.mayLogIn(now) || !account.usesSecondFactor()) {
      secondFactor(account, false, "locked or switched off");
      return false;
    }
    OptionalLong step =
        factor.accept(account.totpSecret().orElse(null), code, account.totpLastStep());
    if (step.isPresent()) {
      account.codeUsed(step.getAsLong());
      account.loggedIn(now, Optional.empty());
      secondFactor(account, true, "code");
      return true;
    }
    Optional<StaffRecoveryCode> recovery =
        em.createNamedQuery(StaffRecoveryCode.UNUSED_MATCHING, StaffRecoveryCode.class)
            .setParameter("staff", account.id())
            .setParameter("hash", SecondFactor.hashRecoveryCode(code))
            .getResultStream()
            .findFirst();
    if (recovery.isPresent()) {
      recovery.get().use(now);
      account.loggedIn(now, Optional.empty());
      secondFactor(account, true, "recovery code");
      return true;
    }
    account.loginFailed(now);
    secondFactor(account, false, "wrong code");
    if (!account.mayLogIn(now)) {
      accessed.fire(
          Accessed.login(
              Accessed.Action.LOCKED_OUT, false, account.id(), account.username(), "codes"));
    }
    return false;
  }

  private void secondFactor(StaffAccount account, boolean granted, String how) {
    accessed.fire(
        Accessed.login(
            Accessed.Action.SECOND_FACTOR, granted, account.id(), account.username(), how));
  }

  /** How many recovery codes the member has left. */
  public long unusedRecoveryCodes(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst()
        .map(
            a ->
                em.createNamedQuery(StaffRecoveryCode.COUNT_UNUSED, Long.class)
                    .setParameter("staff", a.id())
                    .getSingleResult())
        .orElse(0L);
  }

  private Optional<StaffAccount> locked(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultStream()
        .findFirst();
  }
}
