package org.kesher.app.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import org.kesher.ground.control.FirstStart;
import org.kesher.ground.control.RunMode;

/**
 * The demo switch ({@code KESHER_DEMO}; on by default with the embedded database, off with MySQL):
 * on the first start, demo caseworkers with their passwords printed once, and sample cases.
 */
@Singleton
@Startup
@DependsOn("FirstAdministrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  static final int CASES = 300;
  static final int BATCH = 50;

  @Inject RunMode startup;

  @Inject DemoDataset dataset;

  @Inject FirstStart firstStart;

  @PostConstruct
  void fill() {
    if (startup.demoWanted()) {
      // nodes starting together on a new database: one fills it, the others then find it filled
      firstStart.alone("demo-data", this::fillUnlessThere);
    }
  }

  private void fillUnlessThere() {
    if (dataset.alreadyThere()) {
      return;
    }
    Map<String, String> passwords = dataset.createStaff();
    Instant now = Instant.now();
    for (int batch = 0; batch < CASES / BATCH; batch++) {
      dataset.createCases(BATCH, batch, now);
    }
    LOG.info(() -> "Created demo staff and " + CASES + " sample cases");
    var banner = new StringBuilder();
    banner.append("\n================================================================\n");
    banner.append(" Kesher demo data: sample cases and these demo staff accounts\n");
    passwords.forEach(
        (user, password) -> banner.append(String.format("   %-14s %s%n", user, password)));
    banner.append(" Passwords are shown only now. Turn demo data off: KESHER_DEMO=false\n");
    banner.append("================================================================\n");
    System.out.println(banner);
  }
}
