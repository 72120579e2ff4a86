package org.kesher.app.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.kesher.cases.control.StrandedCases;
import org.kesher.cases.control.StrandedReport;
import org.kesher.ground.control.Language;

/**
 * At every start, after the demo data: one console line naming each unit with sealed cases that no
 * one may see, and how many, until a head is appointed there. Nothing when there are none.
 */
@Singleton
@Startup
@DependsOn("DemoData")
public class StrandedCasesReport {

  private static final Logger LOG = Logger.getLogger(StrandedCasesReport.class.getName());

  @PersistenceContext EntityManager em;

  @PostConstruct
  void report() {
    StrandedReport.line(StrandedCases.perUnit(em, Language.EN)).ifPresent(LOG::warning);
  }
}
