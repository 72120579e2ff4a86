package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.kesher.cases.entity.CaseFile;

/**
 * The cases a case page names beside its own: possible duplicates and related cases, and the cases
 * linked with it; each drawn only from what the viewer may see, through {@link CaseVisibility}.
 */
@ApplicationScoped
public class RelatedCases {

  @PersistenceContext EntityManager em;

  /**
   * Possible duplicates and related cases of a case: the same requester's phone or email (by blind
   * index), or the same type and locality in the 30 days before it; drawn only from what the viewer
   * may see, newest first, at most {@code max}.
   */
  public List<CaseFile> related(Viewer viewer, CaseFile of, int max) {
    CaseVisibility rule = CaseVisibility.of(viewer);
    return rule.bind(
            em.createQuery(
                "SELECT c FROM CaseFile c WHERE c.id <> :self AND "
                    + rule.condition("c")
                    + " AND ((c.requesterPhoneIndex IS NOT NULL AND c.requesterPhoneIndex ="
                    + " :phone) OR (c.requesterEmailIndex IS NOT NULL AND c.requesterEmailIndex ="
                    + " :email) OR (c.requestType = :type AND c.locality = :locality AND"
                    + " c.createdAt BETWEEN :since AND :until))"
                    + " ORDER BY c.createdAt DESC, c.id DESC",
                CaseFile.class))
        .setParameter("self", of.id())
        .setParameter("phone", of.requesterPhoneIndex().orElse("-"))
        .setParameter("email", of.requesterEmailIndex().orElse("-"))
        .setParameter("type", of.requestType())
        .setParameter("locality", of.locality().orElse(null))
        .setParameter("since", of.createdAt().minus(java.time.Duration.ofDays(30)))
        .setParameter("until", of.createdAt())
        .setMaxResults(max)
        .getResultList();
  }

  /** The cases linked with {@code of} as related, as far as the viewer may see them. */
  public List<CaseFile> linked(Viewer viewer, CaseFile of) {
    CaseVisibility rule = CaseVisibility.of(viewer);
    return rule.bind(
            em.createQuery(
                "SELECT c FROM CaseLink l JOIN l.linked c WHERE l.caseFile = :of AND "
                    + rule.condition("c")
                    + " ORDER BY c.createdAt DESC, c.id DESC",
                CaseFile.class))
        .setParameter("of", of)
        .getResultList();
  }
}
