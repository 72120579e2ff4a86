package org.kesher.ground.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Logger;
import org.kesher.ground.control.RepeatableFailure;
import org.kesher.ground.control.Retried;

/**
 * Runs a {@link Retried} method again when its transaction was refused before the commit (a
 * deadlock, a Galera conflict, a database node lost under a statement): outside the transaction's
 * own interceptor, so each attempt is a new transaction on a new connection. A method called inside
 * a transaction that is already running is not repeated here: its caller's transaction is the one
 * that failed.
 */
@Retried
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RetriedTransactions {

  static final int ATTEMPTS = 3;

  private static final Logger LOG = Logger.getLogger(RetriedTransactions.class.getName());

  @Resource TransactionSynchronizationRegistry transactions;

  @AroundInvoke
  Object retry(InvocationContext call) throws Exception {
    if (transactions.getTransactionKey() != null) {
      return call.proceed();
    }
    for (int attempt = 1; ; attempt++) {
      try {
        return call.proceed();
      } catch (Exception e) {
        if (attempt == ATTEMPTS || !RepeatableFailure.repeatable(e)) {
          throw e;
        }
        // names the method only: a failure's message may quote what was written
        int next = attempt + 1;
        LOG.info(
            () ->
                call.getMethod().getDeclaringClass().getSimpleName()
                    + "."
                    + call.getMethod().getName()
                    + ": the database refused the transaction before its commit; attempt "
                    + next);
        Thread.sleep(25L * attempt * attempt);
      }
    }
  }
}
