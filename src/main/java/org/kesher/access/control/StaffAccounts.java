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
import org.kesher.catalogue.entity.Language;

/** Creates and finds staff accounts. */
@ApplicationScoped
@Transactional
public class StaffAccounts {

  @PersistenceContext EntityManager em;

  @Inject PasswordHashing passwords;

  Clock clock = Clock.systemUTC();

  public Optional<StaffAccount> byUsername(String username) {
    return em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public long countWithRole(StaffRole role) {
    return em.createNamedQuery(StaffAccount.COUNT_WITH_ROLE, Long.class)
        .setParameter("role", role)
        .getSingleResult();
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
}
