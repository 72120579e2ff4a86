package org.kesher.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.kesher.audit.control.RetentionRun;

/** The retention job's steps, a transaction per batch. */
@ApplicationScoped
@Transactional
public class RetentionSteps {

  @Inject RetentionRun run;

  public List<Long> typeIds() {
    return run.typeIds();
  }

  public int batch(long typeId, Instant now, int size) {
    return run.batch(typeId, now, size);
  }
}
