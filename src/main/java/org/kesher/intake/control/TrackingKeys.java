package org.kesher.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
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

  /**
   * Who opens a case with a code: its requester ({@code party} null), or one of its parties, whose
   * own code opens their view and nothing else.
   */
  public record Opened(CaseFile caseFile, CaseParty party) {}

  /** The case and who opens it, when {@code code} is its requester's or one of its parties'. */
  public Optional<Opened> opened(String reference, String code) {
    Optional<CaseFile> found = byReference(reference, code);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    CaseFile c = found.get();
    if (TrackingCode.matches(code, c.trackingCodeHash())) {
      return Optional.of(new Opened(c, null));
    }
    return em.createNamedQuery(CaseParty.OF_CASE, CaseParty.class)
        .setParameter("caseFile", c)
        .getResultStream()
        .filter(p -> p.opensWith(code))
        .findFirst()
        .map(p -> new Opened(c, p));
  }

  /** The case under {@code reference} when {@code code} is its requester's tracking code. */
  public Optional<CaseFile> verified(String reference, String code) {
    return byReference(reference, code)
        .filter(c -> TrackingCode.matches(code, c.trackingCodeHash()));
  }

  private Optional<CaseFile> byReference(String reference, String code) {
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
    }
    return found;
  }
}
