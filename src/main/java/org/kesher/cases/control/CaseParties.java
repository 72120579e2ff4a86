package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseParty;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.cases.entity.NewParty;
import org.kesher.cases.entity.PartyInvitation;
import org.kesher.cases.entity.TrackingCode;
import org.kesher.ground.control.Accessed;

/**
 * A case's further parties as staff handle them: invite one (by mail, the code in the mail; or by
 * letter, whose code is made when it is printed), print a party's letter again with a new code, and
 * list them. Every action finds the case through the visibility rule and needs a member of its
 * unit, in the caller's transaction.
 */
@ApplicationScoped
public class CaseParties {

  @PersistenceContext EntityManager em;

  @Inject CaseWork work;

  @Inject CaseLookup lookup;

  @Inject CaseEvents events;

  @Inject Event<CaseNotice> notices;

  @Inject Event<Accessed> accessed;

  Clock clock = Clock.systemUTC();

  /** A letter to print for a party: what it says, with the party's new code in plain text. */
  public record Letter(CaseParty party, String code) {}

  /**
   * Invites a party to the case the viewer works on, as the page showed it. A mailed invitation
   * carries the party's code; a letter's code is made when it is printed ({@link #letter}).
   */
  public CaseParty invite(Viewer viewer, String reference, long version, NewParty newParty) {
    CaseFile c = work.editable(viewer, reference, version);
    String code = TrackingCode.generate();
    var party = new CaseParty(c, newParty, TrackingCode.hash(code), clock.instant());
    em.persist(party);
    events.record(party.invited(em.find(StaffAccount.class, viewer.staffId())));
    if (newParty.invitedBy() == PartyInvitation.MAIL) {
      notices.fire(CaseNotice.partyInvited(c, party, code));
    }
    return party;
  }

  /**
   * A party's letter, printed now: the party gets a new code, and the code of any letter printed
   * before stops working. Recorded in the access log, committed with the new code.
   */
  public Letter letter(Viewer viewer, String reference, long partyId) {
    CaseFile c = lookup.open(viewer, reference).orElseThrow(CaseNotFound::new);
    CasePermissions.requireMember(viewer, c);
    CaseParty party =
        find(c, partyId)
            .orElseThrow(() -> new CaseRuleViolation("party.notOfCase", "no such party"));
    String code = TrackingCode.generate();
    party.newCode(TrackingCode.hash(code));
    accessed.fire(
        Accessed.ofCase(
            Accessed.Action.LETTER_PRINTED,
            c.reference().toString(),
            Accessed.Extent.NONE,
            viewer.staffId(),
            null,
            "party " + party.id()));
    return new Letter(party, code);
  }

  /** The case's parties beside its requester, in the order they were invited. */
  public List<CaseParty> of(CaseFile c) {
    return em.createNamedQuery(CaseParty.OF_CASE, CaseParty.class)
        .setParameter("caseFile", c)
        .getResultList();
  }

  /** The party {@code partyId} of case {@code c}, if it is one of its parties. */
  public Optional<CaseParty> find(CaseFile c, long partyId) {
    return Optional.ofNullable(em.find(CaseParty.class, partyId))
        .filter(p -> p.caseFile().id().equals(c.id()));
  }
}
