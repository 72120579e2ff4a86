package org.kesher.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Set;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffAccountChange;
import org.kesher.access.entity.StaffAccountChange.What;

/**
 * How administrators let a staff member in or keep them out: a new generated password, and
 * switching the account off or on. Each is recorded ({@link StaffAccountChange}); switching off the
 * last head of a unit receiving sealed request types is refused ({@link UnitPlaces}).
 */
@ApplicationScoped
@Transactional
public class StaffAccountAccess {

  @PersistenceContext EntityManager em;

  @Inject PasswordHashing passwords;

  @Inject StaffAccounts accounts;

  @Inject UnitPlaces places;

  @Inject AccountHistory history;

  Clock clock = Clock.systemUTC();

  /**
   * A new generated password, shown once to the administrator: the member must choose their own at
   * the next login, and the account's open sessions end.
   */
  public String resetPassword(String by, String username) {
    StaffAccount account = accounts.existing(username);
    String password = GeneratedPassword.create();
    account.passwordSetFor(passwords.hash(password));
    record(account, by, What.PASSWORD_RESET);
    return password;
  }

  /** Switches an account off (it can no longer log in, its sessions end) or on again. */
  public void switchAccount(String by, String username, boolean enabled) {
    StaffAccount account = accounts.existing(username);
    if (!enabled && account.username().equals(by)) {
      throw new AccountRefused("admin.notYourself");
    }
    if (account.isEnabled() == enabled) {
      return;
    }
    if (!enabled) {
      places.refuseIfStranding(account, Set.of());
    }
    account.setEnabled(enabled);
    record(account, by, enabled ? What.SWITCHED_ON : What.SWITCHED_OFF);
  }

  private void record(StaffAccount account, String by, What what) {
    history.record(account, accounts.byUsername(by).orElse(null), clock.instant(), what, null);
  }
}
