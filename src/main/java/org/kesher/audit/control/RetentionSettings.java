package org.kesher.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.ground.control.Accessed;

/**
 * Administrators set each request type's retention in months (1 to {@link
 * RequestType#LONGEST_RETENTION_MONTHS}); every change is in the access log.
 */
@ApplicationScoped
public class RetentionSettings {

  @PersistenceContext EntityManager em;

  @Inject Event<Accessed> accessed;

  /** Whether an administrator may set {@code months}. */
  public static boolean allowed(Integer months) {
    return months != null && months >= 1 && months <= RequestType.LONGEST_RETENTION_MONTHS;
  }

  /**
   * Sets the months of each type by id; the types whose months did not change are left alone.
   *
   * @return how many types changed
   * @throws IllegalArgumentException when a value is not {@link #allowed}: nothing is changed
   */
  public int keep(Map<Long, Integer> monthsByType) {
    if (!monthsByType.values().stream().allMatch(RetentionSettings::allowed)) {
      throw new IllegalArgumentException("retention out of range");
    }
    int changed = 0;
    for (var entry : monthsByType.entrySet()) {
      RequestType type = em.find(RequestType.class, entry.getKey());
      if (type == null || type.retentionMonths() == entry.getValue()) {
        continue;
      }
      type.keepEndedCasesFor(entry.getValue());
      accessed.fire(
          Accessed.adminChange(
              Accessed.ObjectKind.REQUEST_TYPE, type.code(), "retention " + entry.getValue()));
      changed++;
    }
    return changed;
  }
}
