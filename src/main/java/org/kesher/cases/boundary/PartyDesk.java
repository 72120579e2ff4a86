package org.kesher.cases.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.kesher.cases.control.CaseLookup;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.cases.control.CaseParties;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseParty;
import org.kesher.cases.entity.NewParty;
import org.kesher.ground.control.Language;

/**
 * The staff side of a case's parties, a transaction each: the list as the case page shows it, an
 * invitation, and a letter printed (its new code committed before the PDF leaves).
 */
@ApplicationScoped
@Transactional
public class PartyDesk {

  @Inject CaseParties parties;

  @Inject CaseLookup lookup;

  /** A party as the case page lists it. */
  public record PartyRow(
      long id,
      String role,
      String name,
      String phone,
      String email,
      boolean emailSafe,
      String language,
      String invitedBy,
      Instant invitedAt,
      String consent,
      Instant consentAt)
      implements java.io.Serializable {}

  /** What a printed letter says: to whom, in which language, about which case, with what code. */
  public record LetterText(
      String reference,
      String unit,
      String name,
      Language language,
      String invitation,
      String code) {}

  /** The parties of a case the viewer may see; none for one they may not. */
  // a card on every case page: a read, in no transaction of its own (bench, issue 22)
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<PartyRow> rows(Viewer viewer, String reference) {
    return lookup.open(viewer, reference).map(parties::of).orElse(List.of()).stream()
        .map(PartyDesk::row)
        .toList();
  }

  public void invite(Viewer viewer, String reference, long version, NewParty party) {
    parties.invite(viewer, reference, version, party);
  }

  /**
   * A party's letter with a new code.
   *
   * @throws CaseNotFound for a case the viewer may not see
   */
  public LetterText letter(Viewer viewer, String reference, long partyId) {
    CaseParties.Letter letter = parties.letter(viewer, reference, partyId);
    CaseParty p = letter.party();
    Language language = p.language();
    return new LetterText(
        p.caseFile().reference().toString(),
        p.caseFile().unit().name().in(language),
        p.name(),
        language,
        p.invitation().orElse(""),
        letter.code());
  }

  private static PartyRow row(CaseParty p) {
    return new PartyRow(
        p.id(),
        p.role().name(),
        p.name(),
        p.phone().orElse(null),
        p.email().orElse(null),
        p.mailTo().isPresent(),
        p.language().code(),
        p.invitedBy().name(),
        p.invitedAt(),
        p.consent().name(),
        p.consentAt().orElse(null));
  }
}
