package org.kesher.access.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Duration;
import java.time.Instant;

/**
 * An account's logins so far: the failed attempts in a row, the lock they lead to and the last
 * successful login (the columns {@code failed_logins}, {@code locked_until} and {@code
 * last_login_at} of {@code staff_account}, embedded in {@link StaffAccount}).
 */
@Embeddable
public class LoginAttempts {

  /** Failed logins in a row after which the account is locked. */
  public static final int LIMIT = 5;

  /** How long a lock lasts. */
  public static final Duration LOCK = Duration.ofMinutes(15);

  @Column(name = "failed_logins")
  private int failedLogins;

  @Column(name = "locked_until")
  private Instant lockedUntil;

  @Column(name = "last_login_at")
  private Instant lastLoginAt;

  protected LoginAttempts() {}

  /** Whether a lock holds at the given time. */
  boolean lockedAt(Instant now) {
    return lockedUntil != null && now.isBefore(lockedUntil);
  }

  /** A failed attempt: the {@link #LIMIT}th in a row locks for {@link #LOCK}. */
  void failed(Instant now) {
    failedLogins++;
    if (failedLogins >= LIMIT) {
      lockedUntil = now.plus(LOCK);
      failedLogins = 0;
    }
  }

  /** A successful login: the run of failures and any lock end. */
  void succeeded(Instant now) {
    unlock();
    lastLoginAt = now;
  }

  /** The run of failures and any lock end (a password set by an administrator). */
  void unlock() {
    failedLogins = 0;
    lockedUntil = null;
  }
}
