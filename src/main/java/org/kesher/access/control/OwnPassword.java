package org.kesher.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffAccountChange.What;

/**
 * A staff member changes their own password: the current one (a wrong one counts towards the
 * lockout like a wrong login), the new one twice, and the {@link PasswordPolicy}. The change ends
 * every other session of the account (its session epoch rises) and is recorded.
 */
@ApplicationScoped
public class OwnPassword {

  @PersistenceContext EntityManager em;

  @Inject PasswordHashing passwords;

  @Inject AccountHistory history;

  Clock clock = Clock.systemUTC();

  private final PasswordPolicy policy = PasswordPolicy.shipped();

  /**
   * @return the account's new session epoch, for the session that made the change
   * @throws AccountRefused with the staff text key of the first problem; a wrong current password
   *     is committed as a failed attempt
   */
  @Transactional(dontRollbackOn = AccountRefused.class)
  public int change(String username, String current, String fresh, String again) {
    Instant now = clock.instant();
    StaffAccount account =
        em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
            .setParameter("username", username)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new AccountRefused("account.unknown"));
    if (current == null
        || !account.mayLogIn(now)
        || !passwords.verify(current, account.passwordHash())) {
      account.loginFailed(now);
      throw new AccountRefused("password.currentWrong");
    }
    if (fresh == null || !fresh.equals(again)) {
      throw new AccountRefused("password.mismatch");
    }
    var problems = policy.problems(account.username(), fresh);
    if (!problems.isEmpty()) {
      throw new AccountRefused(problems.get(0));
    }
    if (fresh.equals(current)) {
      throw new AccountRefused("password.same");
    }
    account.passwordChosen(passwords.hash(fresh));
    history.record(account, account, now, What.PASSWORD_CHANGED, null);
    return account.sessionEpoch();
  }
}
