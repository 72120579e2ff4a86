package org.kesher.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.kesher.audit.entity.AccessEntry;

/** Inserts access log entries: the only write Kesher ever makes to the log's lines. */
@ApplicationScoped
public class AccessEntries {

  @PersistenceContext EntityManager em;

  /** In the caller's transaction (or one of its own when the caller has none). */
  @Transactional(Transactional.TxType.REQUIRED)
  public void withTheChange(AccessEntry entry) {
    // COMMIT: the entry depends on nothing pending, so the change's own inserts are not flushed
    // early (EclipseLink flushes before an update in AUTO mode) and stay one batch at commit
    var insert =
        em.createNativeQuery(AccessEntry.INSERT)
            .setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
    Object[] values = entry.insertValues();
    for (int i = 0; i < values.length; i++) {
      insert.setParameter(i + 1, values[i]);
    }
    insert.executeUpdate();
  }

  /** Committed on its own, whatever becomes of the caller's transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void alone(AccessEntry entry) {
    em.persist(entry);
  }
}
