package org.kesher.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.kesher.audit.control.SealWriter;
import org.kesher.audit.entity.SealedDay;

/**
 * Seals the access log day by day (Israel's days): every entry of a day gets its link in the hash
 * chain, in id order, in batches; then the day's head is kept, written to the server log and mailed
 * to the privacy officers. Days the job missed are sealed at its next run.
 */
@ApplicationScoped
public class DailySeal {

  static final int BATCH = 1000;

  private static final Logger LOG = Logger.getLogger(DailySeal.class.getName());

  @Inject AccessLogSteps writer;

  /** Seals every day not sealed yet, up to and including {@code lastDay}. */
  public List<SealedDay> sealThrough(LocalDate lastDay) {
    List<SealedDay> sealed = new ArrayList<>();
    var first = writer.firstUnsealedDay();
    if (first.isEmpty()) {
      return sealed;
    }
    for (LocalDate day = first.get(); !day.isAfter(lastDay); day = day.plusDays(1)) {
      SealWriter.Progress progress = writer.progress(day);
      while (progress.full()) {
        progress = writer.batch(day, progress, BATCH);
      }
      SealedDay head = writer.head(day, progress);
      LOG.info(
          () ->
              "Access log sealed for "
                  + head.day()
                  + ": "
                  + head.entries()
                  + " entries, head "
                  + head.head());
      sealed.add(head);
    }
    return sealed;
  }
}
