package org.kesher.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.StaffAccountChange;
import org.kesher.ground.control.Accessed;

/**
 * The one way a staff account's change is kept: in the account's history (shown to administrators)
 * and in the access log, in the transaction of the change. The log names what changed, never the
 * new value.
 */
@ApplicationScoped
public class AccountHistory {

  @PersistenceContext EntityManager em;

  @Inject Event<Accessed> accessed;

  /**
   * @param by who changed it (the account itself for its own password), or null for Kesher
   */
  public void record(
      StaffAccount account,
      StaffAccount by,
      Instant at,
      StaffAccountChange.What what,
      String detail) {
    em.persist(new StaffAccountChange(account, by, at, what, detail));
    accessed.fire(
        new Accessed(
            Accessed.Action.ADMIN_CHANGE,
            Accessed.ObjectKind.STAFF_ACCOUNT,
            account.username(),
            true,
            Accessed.Extent.NONE,
            by == null ? null : by.id(),
            by == null ? null : by.username(),
            what.name()));
  }
}
