package org.kesher.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kesher.ground.control.Accessed;

/**
 * Records an export (a queue, a report table) in the access log with its row count, committed on
 * its own before the first row leaves: an export the log does not hold never reaches anyone.
 */
@ApplicationScoped
public class ExportRecord {

  @Inject Event<Accessed> accessed;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void exported(Accessed.ObjectKind kind, String object, long rows, String format) {
    accessed.fire(Accessed.exported(kind, object, rows, format));
  }
}
