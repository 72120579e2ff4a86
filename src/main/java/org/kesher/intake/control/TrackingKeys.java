package org.kesher.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.TrackingCode;

/**
 * A resident's keys to their request: the reference and the tracking code. A wrong code and an
 * unknown reference look alike, in answer and in time.
 */
@ApplicationScoped
public class TrackingKeys {

  private static final String UNKNOWN_CASE_HASH = TrackingCode.hash("0000-0000-0000-0000");

  @PersistenceContext EntityManager em;

  /** The case under {@code reference} when {@code code} is its tracking code. */
  public Optional<CaseFile> verified(String reference, String code) {
    Optional<CaseReference> parsed = CaseReference.parse(reference);
    if (parsed.isEmpty() || code == null) {
      return Optional.empty();
    }
    Optional<CaseFile> found =
        em.createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
            .setParameter("reference", parsed.get().toString())
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      // spend the same work as a real comparison, so timing tells nothing either
      TrackingCode.matches(code, UNKNOWN_CASE_HASH);
      return Optional.empty();
    }
    return TrackingCode.matches(code, found.get().trackingCodeHash()) ? found : Optional.empty();
  }
}
