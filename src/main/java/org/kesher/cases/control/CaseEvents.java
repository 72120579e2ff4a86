package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.Audience;
import org.kesher.cases.entity.CaseEvent;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
import org.kesher.ground.control.Accessed;

/**
 * Keeps a case's timeline events and tells whoever should hear of them, in the same transaction
 * (the access log records every change); a case closed or reopened has its word rows follow ({@link
 * CaseWords#follow}), and its service-target dates follow its clocks ({@link
 * ServiceTargets#follow}).
 */
@ApplicationScoped
@Transactional
public class CaseEvents {

  @PersistenceContext EntityManager em;

  @Inject jakarta.enterprise.event.Event<CaseNotice> notices;

  @Inject CaseWords words;

  @Inject ServiceTargets targets;

  @Inject jakarta.enterprise.event.Event<Accessed> accessed;

  /**
   * Keeps a timeline event and tells whoever should hear of it, in the same transaction: the
   * resident of a status change or a public reply, a caseworker of a case given to them by someone
   * else.
   */
  public void record(CaseEvent event) {
    em.persist(event);
    words.follow(event);
    targets.follow(event);
    CaseFile c = event.caseFile();
    accessed.fire(
        Accessed.ofCase(
            Accessed.Action.CASE_CHANGED,
            c.reference().toString(),
            Accessed.Extent.NONE,
            event.actor().map(StaffAccount::id).orElse(null),
            event.actor().map(StaffAccount::username).orElse(null),
            event.kind().name()));
    switch (event.kind()) {
      case STATUS_CHANGED -> notices.fire(CaseNotice.statusChanged(c));
      case PUBLIC_REPLY -> toAddressees(event);
      case ASSIGNED ->
          c.assignee()
              .filter(a -> event.actor().map(by -> !by.id().equals(a.id())).orElse(true))
              .ifPresent(a -> notices.fire(CaseNotice.assigned(c, a)));
      default -> {
        // nobody is told
      }
    }
  }

  /**
   * A reply is told to whom it is addressed: the requester, one party, or all (each party still
   * taking part, invited before it was written).
   */
  private void toAddressees(CaseEvent event) {
    CaseFile c = event.caseFile();
    String text = event.body().orElse("");
    if (event.reaches(null)) {
      notices.fire(CaseNotice.publicReply(c, text));
    }
    List<CaseParty> parties =
        event.audience() == Audience.PARTY
            ? List.of(event.party().orElseThrow())
            : event.audience() == Audience.ALL
                ? em
                    .createNamedQuery(CaseParty.OF_CASE, CaseParty.class)
                    .setParameter("caseFile", c)
                    .getResultList()
                    .stream()
                    .filter(p -> p.consent().takesPart())
                    .toList()
                : List.of();
    parties.stream()
        .filter(event::reaches)
        .forEach(p -> notices.fire(CaseNotice.publicReply(c, text, p)));
  }
}
