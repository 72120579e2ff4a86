package org.kesher.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import org.kesher.audit.control.AccessLogPrune;
import org.kesher.audit.control.SealWriter;
import org.kesher.audit.entity.SealedDay;

/**
 * The access log's jobs, a transaction per step: a day sealed in batches resumes after the last
 * batch committed, and a prune is one statement of the schema owner's procedure.
 */
@ApplicationScoped
@Transactional
public class AccessLogSteps {

  @Inject SealWriter writer;

  @Inject AccessLogPrune prune;

  public Optional<LocalDate> firstUnsealedDay() {
    return writer.firstUnsealedDay();
  }

  public SealWriter.Progress progress(LocalDate day) {
    return writer.progress(day);
  }

  public SealWriter.Progress batch(LocalDate day, SealWriter.Progress from, int size) {
    return writer.batch(day, from, size);
  }

  public SealedDay head(LocalDate day, SealWriter.Progress done) {
    return writer.head(day, done);
  }

  public void prune(int months) {
    prune.prune(months);
  }
}
