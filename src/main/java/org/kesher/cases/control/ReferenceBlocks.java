package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/**
 * Reserves blocks of reference numbers from the yearly counter in a short transaction of their own,
 * so that intakes never queue on the counter row for the length of their own transaction.
 */
@ApplicationScoped
public class ReferenceBlocks {

  @PersistenceContext EntityManager em;

  /**
   * @return the first of {@code size} numbers now reserved for this node in {@code year}
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long reserve(int year, int size) {
    int updated =
        em.createNativeQuery(
                "UPDATE reference_counter SET next_value = next_value + ?1, version = version + 1"
                    + " WHERE counter_year = ?2")
            .setParameter(1, size)
            .setParameter(2, year)
            .executeUpdate();
    if (updated == 0) {
      try {
        em.createNativeQuery(
                "INSERT INTO reference_counter (counter_year, next_value, version) VALUES (?1, ?2, 0)")
            .setParameter(1, year)
            .setParameter(2, 1L + size)
            .executeUpdate();
        return 1;
      } catch (PersistenceException raced) {
        // another node created the year's row first: the caller tries again
        throw new ReferenceCounterRace();
      }
    }
    Number next =
        (Number)
            em.createNativeQuery("SELECT next_value FROM reference_counter WHERE counter_year = ?1")
                .setParameter(1, year)
                .getSingleResult();
    return next.longValue() - size;
  }

  /** Two nodes opened the same year at once; one of them retries. */
  static class ReferenceCounterRace extends RuntimeException {
    ReferenceCounterRace() {
      super("the year's reference counter was created concurrently", null, false, false);
    }
  }
}
