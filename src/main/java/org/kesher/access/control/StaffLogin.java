package org.kesher.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.ground.control.Accessed;

/**
 * Checks a staff member's username and password: a locked or disabled account is refused, five
 * wrong passwords in a row lock it for fifteen minutes, and a hash made with older parameters is
 * upgraded at the next successful login. An unknown username costs as much as a wrong password.
 *
 * <p>A login is two steps. {@link #check} hashes the password against the account's hash as read
 * then, in no transaction, holding no connection and no lock: the hashing is slow by design, and
 * fifty staff logging in at a shift's start once held the whole pool with it (bench, issue 22).
 * {@link #settle}, in the caller's transaction, locks the account's row and decides: the account
 * may log in now, its hash is still the one checked, and the failures are counted or cleared.
 */
@ApplicationScoped
public class StaffLogin {

  /** What the password was. */
  public enum Verdict {
    NO_PASSWORD,
    WRONG,
    RIGHT
  }

  /**
   * A password checked against the hash an account had (none for an unknown username), and the new
   * hash when the old one's parameters are outdated. Its text names neither hash.
   */
  public record Checked(String username, String hash, Verdict verdict, Optional<String> upgraded) {

    @Override
    public String toString() {
      return "Checked[" + username + ", " + verdict + "]";
    }
  }

  @PersistenceContext EntityManager em;

  @Inject PasswordHashing passwords;

  @Inject Event<Accessed> accessed;

  Clock clock = Clock.systemUTC();

  private volatile String decoy;

  /** The password against the account's hash as it is now; no transaction, no lock. */
  public Checked check(String username, String password) {
    String name = username == null ? null : username.strip();
    Optional<String> hash =
        name == null
            ? Optional.empty()
            : em.createQuery(
                    "SELECT s.passwordHash FROM StaffAccount s WHERE s.username = :username",
                    String.class)
                .setParameter("username", name)
                .getResultStream()
                .findFirst();
    if (hash.isEmpty() || password == null) {
      passwords.verify(password == null ? "" : password, decoy());
      return new Checked(
          name,
          hash.orElse(null),
          password == null ? Verdict.NO_PASSWORD : Verdict.WRONG,
          Optional.empty());
    }
    if (!passwords.verify(password, hash.get())) {
      return new Checked(name, hash.get(), Verdict.WRONG, Optional.empty());
    }
    Optional<String> upgraded =
        PasswordHashing.isOutdated(hash.get())
            ? Optional.of(passwords.hash(password))
            : Optional.empty();
    return new Checked(name, hash.get(), Verdict.RIGHT, upgraded);
  }

  /**
   * The account behind a checked password, if it may log in now: decided under the account row's
   * lock, in the caller's transaction, with the access log's line.
   */
  public Optional<StaffAccount> settle(Checked checked) {
    Instant now = clock.instant();
    Optional<StaffAccount> found =
        checked.username() == null
            ? Optional.empty()
            : em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                .setParameter("username", checked.username())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    if (found.isEmpty() || checked.verdict() == Verdict.NO_PASSWORD) {
      refused(
          found.orElse(null),
          checked.username(),
          found.isEmpty() ? "unknown account" : "no password");
      return Optional.empty();
    }
    StaffAccount account = found.get();
    if (!account.mayLogIn(now)) {
      refused(account, checked.username(), account.isEnabled() ? "locked" : "switched off");
      return Optional.empty();
    }
    if (!account.passwordHash().equals(checked.hash())) {
      // the password was changed or reset while this one was checked: not counted as a failure
      refused(account, checked.username(), "password changed meanwhile");
      return Optional.empty();
    }
    if (checked.verdict() == Verdict.WRONG) {
      account.loginFailed(now);
      refused(account, checked.username(), "wrong password");
      if (!account.mayLogIn(now)) {
        accessed.fire(
            Accessed.login(
                Accessed.Action.LOCKED_OUT, false, account.id(), account.username(), null));
      }
      return Optional.empty();
    }
    if (account.usesSecondFactor()) {
      // the login ends with the code (SecondFactors.logIn), which clears the failures
      account.passwordAccepted(checked.upgraded());
    } else {
      account.loggedIn(now, checked.upgraded());
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
