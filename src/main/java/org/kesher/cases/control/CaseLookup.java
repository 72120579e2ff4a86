package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.kesher.cases.entity.BreakGlass;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.ground.control.Accessed;

/**
 * A case reached by its reference (a page's URL, a file's link, a reference typed): through the
 * visibility rule, or through the viewer's break-glass grant while it lasts ({@link
 * BreakGlassRequests}); every reference asked for and not shown goes to the access log as refused.
 */
@ApplicationScoped
public class CaseLookup {

  @PersistenceContext EntityManager em;

  @Inject Event<Accessed> accessed;

  Clock clock = Clock.systemUTC();

  public CaseLookup() {}

  /** On an entity manager and events of one's own (tests outside the server). */
  public CaseLookup(EntityManager em, Event<Accessed> accessed) {
    this.em = em;
    this.accessed = accessed;
  }

  /** A case opened directly by its reference: empty alike when it does not exist or is hidden. */
  public Optional<CaseFile> open(Viewer viewer, String reference) {
    Optional<CaseReference> parsed = CaseReference.parse(reference);
    CaseVisibility rule = CaseVisibility.of(viewer);
    Optional<CaseFile> found =
        parsed.flatMap(
            ref ->
                rule.bind(
                        em.createQuery(
                            "SELECT c FROM CaseFile c WHERE c.reference = :reference AND "
                                + rule.condition("c"),
                            CaseFile.class))
                    .setParameter("reference", ref.toString())
                    .getResultStream()
                    .findFirst());
    if (found.isEmpty()) {
      found = parsed.flatMap(ref -> glassBroken(viewer, ref));
    }
    if (found.isEmpty()) {
      accessed.fire(Accessed.refusedCase(Accessed.Action.CASE_OPENED, reference, viewer.staffId()));
    }
    return found;
  }

  /** The case a break-glass grant of the viewer's opens now, its opening recorded as such. */
  private Optional<CaseFile> glassBroken(Viewer viewer, CaseReference reference) {
    Optional<CaseFile> granted =
        em.createNamedQuery(BreakGlass.ACTIVE, CaseFile.class)
            .setParameter("staffId", viewer.staffId())
            .setParameter("reference", reference.toString())
            .setParameter("now", clock.instant())
            .setMaxResults(1)
            .getResultStream()
            .findFirst();
    granted.ifPresent(
        c ->
            accessed.fire(
                Accessed.ofCase(
                    Accessed.Action.CASE_OPENED,
                    reference.toString(),
                    Accessed.Extent.NONE,
                    viewer.staffId(),
                    null,
                    "break-glass")));
    return granted;
  }
}
