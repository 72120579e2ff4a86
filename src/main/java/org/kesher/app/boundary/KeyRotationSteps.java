package org.kesher.app.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.kesher.cases.control.CaseWordRebuild;

/** The word index's rebuild after a new index key, a transaction per batch of cases. */
@ApplicationScoped
@Transactional
public class KeyRotationSteps {

  @Inject CaseWordRebuild words;

  public boolean words(String job, int batch) {
    return words.step(job, batch);
  }
}
