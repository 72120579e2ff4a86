package org.kesher.catalogue.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which edition of the catalogue the copies kept in memory ({@link Kept}) were read from. Every
 * change of the catalogue (types, fields, options, units, routing rules, mail templates) calls
 * {@link #changed()} in the transaction that saves it, and the copies on this node are read again
 * once that transaction has ended. A change saved on another node, or written straight into the
 * database, is seen here once a copy is older than {@link Kept#MAX_AGE}.
 */
@ApplicationScoped
public class CatalogueEdition {

  private final AtomicLong number = new AtomicLong();

  @Resource TransactionSynchronizationRegistry transactions;

  /** The catalogue changes in the current transaction. */
  public void changed() {
    number.incrementAndGet();
    // again once it has ended: a copy read while the change was not yet committed is dropped
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before the commit
          }

          @Override
          public void afterCompletion(int status) {
            number.incrementAndGet();
          }
        });
  }

  /** The edition now; it grows with every change. */
  public long number() {
    return number.get();
  }
}
