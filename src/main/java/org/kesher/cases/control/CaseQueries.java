package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;

/**
 * Cases as a staff member finds them: every query here carries {@link CaseVisibility}'s condition,
 * so a case the viewer may not see is never loaded, counted or opened; for them it does not exist.
 */
@ApplicationScoped
public class CaseQueries {

  @PersistenceContext EntityManager em;

  /** The newest cases the viewer may see, a page at a time. */
  public List<CaseFile> visible(Viewer viewer, int first, int max) {
    return CaseVisibility.bind(
            em.createQuery(
                "SELECT c FROM CaseFile c WHERE "
                    + CaseVisibility.condition("c")
                    + " ORDER BY c.createdAt DESC, c.id DESC",
                CaseFile.class),
            viewer)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  public long countVisible(Viewer viewer) {
    return CaseVisibility.bind(
            em.createQuery(
                "SELECT COUNT(c) FROM CaseFile c WHERE " + CaseVisibility.condition("c"),
                Long.class),
            viewer)
        .getSingleResult();
  }

  /** A case opened directly by its reference: empty alike when it does not exist or is hidden. */
  public Optional<CaseFile> open(Viewer viewer, String reference) {
    Optional<CaseReference> parsed = CaseReference.parse(reference);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    return CaseVisibility.bind(
            em.createQuery(
                "SELECT c FROM CaseFile c WHERE c.reference = :reference AND "
                    + CaseVisibility.condition("c"),
                CaseFile.class),
            viewer)
        .setParameter("reference", parsed.get().toString())
        .getResultStream()
        .findFirst();
  }
}
