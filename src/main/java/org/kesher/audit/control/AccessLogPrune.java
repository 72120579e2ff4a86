package org.kesher.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.kesher.ground.control.RunMode;

/**
 * Removes the access log's whole months older than the months it keeps (never fewer than {@link
 * #LEAST_MONTHS}), entries and their links; the days' heads stay. On MySQL and MariaDB through the
 * schema owner's procedure {@code kesher_prune_access_log}, which refuses a month too recent,
 * because Kesher's own user may not delete from the log; on the embedded H2 directly.
 */
@ApplicationScoped
public class AccessLogPrune {

  /** Regulation 17: an access record is kept at least 24 months. */
  public static final int LEAST_MONTHS = 24;

  @PersistenceContext EntityManager em;

  @Inject RunMode runMode;

  Clock clock = Clock.systemUTC();

  public AccessLogPrune() {}

  /** A prune on an entity manager of one's own (tests, tools outside the server). */
  public AccessLogPrune(EntityManager em, RunMode runMode, Clock clock) {
    this.em = em;
    this.runMode = runMode;
    this.clock = clock;
  }

  /** The first day kept when keeping the given whole months before the current one (UTC). */
  public LocalDate keptFrom(int months) {
    if (months < LEAST_MONTHS) {
      throw new IllegalArgumentException(
          "the access log keeps at least " + LEAST_MONTHS + " months, not " + months);
    }
    return YearMonth.now(clock.withZone(ZoneOffset.UTC)).minusMonths(months).atDay(1);
  }

  /** Removes every entry before the first day kept. */
  public void prune(int months) {
    Date before = Date.valueOf(keptFrom(months));
    if (runMode.isEmbedded()) {
      em.createNativeQuery(
              "DELETE FROM access_seal WHERE entry_id IN"
                  + " (SELECT id FROM access_entry WHERE happened_at < ?)")
          .setParameter(1, before)
          .executeUpdate();
      em.createNativeQuery("DELETE FROM access_entry WHERE happened_at < ?")
          .setParameter(1, before)
          .executeUpdate();
    } else {
      em.createNativeQuery("CALL kesher_prune_access_log(?)")
          .setParameter(1, before)
          .executeUpdate();
    }
  }
}
