package org.kesher.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.kesher.notify.entity.UndeliverableAddress;

/**
 * Marks an address undeliverable in a transaction of its own, so that two senders marking the same
 * address at once cannot undo the batch either of them is sending.
 */
@ApplicationScoped
public class Undeliverables {

  @PersistenceContext EntityManager em;

  @Inject Undeliverables self;

  Clock clock = Clock.systemUTC();

  /** Marks it; an address another sender marked first stays as it is. */
  public void mark(String addressIndex, String reason) {
    try {
      self.insert(addressIndex, reason);
    } catch (RuntimeException e) {
      // marked by another sender at the same moment, which is what was wanted; or the database
      // is away, and the next refusal marks it
    }
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void insert(String addressIndex, String reason) {
    if (em.find(UndeliverableAddress.class, addressIndex) == null) {
      em.persist(new UndeliverableAddress(addressIndex, reason, clock.instant()));
      em.flush();
    }
  }
}
