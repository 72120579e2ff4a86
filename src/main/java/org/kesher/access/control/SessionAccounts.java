package org.kesher.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;

/**
 * The account behind a staff session, as each staff request reads it: who is logged in, and what
 * the session guard checks. These reads begin no transaction: they join the caller's when there is
 * one and otherwise read outside any. Each transaction costs a connection handed out by the
 * container, and a staff page began several only for these reads (bench, issue 22).
 */
@ApplicationScoped
public class SessionAccounts {

  @PersistenceContext EntityManager em;

  public SessionAccounts() {}

  /** Accounts read through an entity manager of one's own (tests outside the server). */
  public SessionAccounts(EntityManager em) {
    this.em = em;
  }

  /** What a staff request checks about its session's account. */
  public record SessionState(
      int epoch, boolean mustChangePassword, boolean enabled, Instant secondFactorSince) {

    /** Whether the member has enrolled a second factor. */
    public boolean secondFactor() {
      return secondFactorSince != null;
    }
  }

  /** The account's session epoch, whether it must choose a password, and whether it is on. */
  public Optional<SessionState> state(String username) {
    return em.createQuery(
            "SELECT NEW org.kesher.access.control.SessionAccounts$SessionState(s.sessionEpoch,"
                + " s.mustChangePassword, s.enabled, s.totpEnrolledAt) FROM StaffAccount s"
                + " WHERE s.username = :username",
            SessionState.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** The logged-in member's account, by the session's caller name. */
  public Optional<StaffAccount> account(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }
}
