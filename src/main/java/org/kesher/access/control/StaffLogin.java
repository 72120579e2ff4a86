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
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.ground.control.Accessed;

/**
 * Checks a staff member's username and password: a locked or disabled account is refused, five
 * wrong passwords in a row lock it for fifteen minutes, and a hash made with older parameters is
 * upgraded at the next successful login. An unknown username costs as much as a wrong password.
 */
@ApplicationScoped
public class StaffLogin {

  @PersistenceContext EntityManager em;

  @Inject PasswordHashing passwords;

  @Inject Event<Accessed> accessed;

  Clock clock = Clock.systemUTC();

  private volatile String decoy;

  /** The account behind the credentials, if they are right and it may log in now. */
  @Transactional
  public Optional<StaffAccount> attempt(String username, String password) {
    Instant now = clock.instant();
    Optional<StaffAccount> found =
        username == null
            ? Optional.empty()
            : em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", username.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    if (found.isEmpty() || password == null) {
      passwords.verify(password == null ? "" : password, decoy());
      refused(found.orElse(null), username, found.isEmpty() ? "unknown account" : "no password");
      return Optional.empty();
    }
    StaffAccount account = found.get();
    if (!account.mayLogIn(now)) {
      passwords.verify(password, decoy());
      refused(account, username, account.isEnabled() ? "locked" : "switched off");
      return Optional.empty();
    }
    if (!passwords.verify(password, account.passwordHash())) {
      account.loginFailed(now);
      refused(account, username, "wrong password");
      if (!account.mayLogIn(now)) {
        accessed.fire(
            Accessed.login(
                Accessed.Action.LOCKED_OUT, false, account.id(), account.username(), null));
      }
      return Optional.empty();
    }
    Optional<String> upgraded =
        PasswordHashing.isOutdated(account.passwordHash())
            ? Optional.of(passwords.hash(password))
            : Optional.empty();
    if (account.usesSecondFactor()) {
      // the login ends with the code (SecondFactors.logIn), which clears the failures
      account.passwordAccepted(upgraded);
    } else {
      account.loggedIn(now, upgraded);
    }
    accessed.fire(
        Accessed.login(
            Accessed.Action.LOGIN,
            true,
            account.id(),
            account.username(),
            account.usesSecondFactor() ? "password; code next" : "password"));
    return found;
  }

  private void refused(StaffAccount account, String typed, String why) {
    accessed.fire(
        Accessed.login(
            Accessed.Action.LOGIN,
            false,
            account == null ? null : account.id(),
            account == null ? typed : account.username(),
            why));
  }

  private String decoy() {
    if (decoy == null) {
      decoy = passwords.hash("no account has this password " + System.nanoTime());
    }
    return decoy;
  }
}
