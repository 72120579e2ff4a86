package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.kesher.access.control.StaffAccounts;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.BreakGlass;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseReference;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.control.Accessed;

/**
 * Break-glass: a staff member whose roles may ask ({@code kesher.break-glass.roles}) opens one case
 * outside their audience, found by its exact reference, with a written reason, for {@code
 * kesher.break-glass.minutes}. The grant is recorded in the access log and the case's unit heads
 * are told at once (a notice and a neutral mail). While it lasts {@link CaseQueries#open} opens
 * that case, by its reference, for them alone; no queue, count or search shows it.
 */
@ApplicationScoped
public class BreakGlassRequests {

  @PersistenceContext EntityManager em;

  @Inject CaseQueries queries;

  @Inject StaffAccounts accounts;

  @Inject Event<CaseNotice> notices;

  @Inject Event<Accessed> accessed;

  @Inject Config config;

  Clock clock = Clock.systemUTC();

  /** Who may ask and for how long; read from the settings at first use. */
  BreakGlassPolicy policy;

  private BreakGlassPolicy policy() {
    if (policy == null) {
      policy = BreakGlassPolicy.of(config);
    }
    return policy;
  }

  /** Whether the viewer's roles may ask to break the glass. */
  public boolean mayAsk(Viewer viewer) {
    return policy().allows(viewer);
  }

  /**
   * Opens the case of {@code reference} for the viewer, or finds that they see it already.
   *
   * @return the case's reference
   * @throws CaseRuleViolation "breakGlass.notAllowed" when the viewer's roles may not ask,
   *     "breakGlass.reason" when the reason is shorter than {@link BreakGlass#LEAST_REASON}
   * @throws CaseNotFound when no case has that reference (recorded as refused)
   */
  public String ask(Viewer viewer, String reference, String reason) {
    if (!mayAsk(viewer)) {
      throw new CaseRuleViolation("breakGlass.notAllowed", "may not break the glass");
    }
    String ref = CaseReference.parse(reference).map(CaseReference::toString).orElse(null);
    CaseFile c =
        ref == null
            ? null
            : em.createNamedQuery(CaseFile.BY_REFERENCE, CaseFile.class)
                .setParameter("reference", ref)
                .getResultStream()
                .findFirst()
                .orElse(null);
    if (c == null) {
      accessed.fire(Accessed.refusedCase(Accessed.Action.BREAK_GLASS, reference, viewer.staffId()));
      throw new CaseNotFound();
    }
    if (!queries.visibleReferences(viewer, List.of(ref)).isEmpty()) {
      return ref;
    }
    Duration lasting = policy().lasting();
    StaffAccount staff = em.find(StaffAccount.class, viewer.staffId());
    em.persist(new BreakGlass(c, staff, reason, clock.instant(), lasting));
    accessed.fire(
        Accessed.ofCase(
            Accessed.Action.BREAK_GLASS,
            ref,
            Accessed.Extent.NONE,
            staff.id(),
            staff.username(),
            lasting.toMinutes() + " minutes"));
    accounts.headsOf(c.unit().id()).stream()
        .filter(head -> !head.id().equals(staff.id()))
        .forEach(head -> notices.fire(CaseNotice.glassBroken(c, head)));
    return ref;
  }
}
