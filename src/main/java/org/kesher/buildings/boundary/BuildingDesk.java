package org.kesher.buildings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.kesher.access.entity.StaffAccount;
import org.kesher.buildings.control.Buildings;
import org.kesher.buildings.control.HouseCommittees;
import org.kesher.buildings.entity.Building;
import org.kesher.buildings.entity.CommitteeRole;
import org.kesher.buildings.entity.OwnerLetterKind;
import org.kesher.cases.control.Viewer;
import org.kesher.ground.control.Language;

/**
 * The staff side of buildings, a transaction each: a building's page (its cases through the
 * visibility rule; its committee's contacts and its history only for the unit that keeps it), the
 * building card of a case's page, and every change.
 */
@ApplicationScoped
@Transactional
public class BuildingDesk {

  @Inject Buildings buildings;

  @Inject HouseCommittees committees;

  public record MemberRow(
      long id, String name, String phone, String email, String role, boolean contact)
      implements java.io.Serializable {}

  public record CaseRow(String reference, String type, String status)
      implements java.io.Serializable {}

  public record StepRow(Instant at, String kind, String note, String by)
      implements java.io.Serializable {}

  /** A building as its page shows it to the viewer. */
  public record BuildingView(
      long id,
      String street,
      String number,
      String locality,
      String entrances,
      String unit,
      LocalDate electedOn,
      boolean keeper,
      List<MemberRow> members,
      List<CaseRow> cases,
      List<StepRow> history)
      implements java.io.Serializable {}

  /** The building card of a case: its building, a match to offer, or an address to open one at. */
  public record Card(
      Long building, String address, Long match, String matchAddress, String street, String number)
      implements java.io.Serializable {}

  /** A letter to a defaulting owner, to print. */
  public record LetterText(
      String street,
      String number,
      String locality,
      String unit,
      String owner,
      String apartment,
      OwnerLetterKind kind,
      Language language) {}

  public BuildingView view(Viewer viewer, long id, Language language) {
    Building b = committees.building(viewer, id);
    boolean keeper = Buildings.keeps(viewer, b);
    return new BuildingView(
        b.id(),
        b.street(),
        b.number(),
        b.locality().map(l -> l.name().in(language)).orElse(""),
        b.entrances().orElse(""),
        b.unit().name().in(language),
        b.committeeElectedOn().orElse(null),
        keeper,
        keeper
            ? committees.members(b).stream()
                .map(
                    m ->
                        new MemberRow(
                            m.id(),
                            m.name(),
                            m.phone().orElse(null),
                            m.email().orElse(null),
                            m.role().name(),
                            m.contactPerson()))
                .toList()
            : List.of(),
        buildings.cases(viewer, b).stream()
            .map(
                c ->
                    new CaseRow(
                        c.reference().toString(),
                        c.requestType().name().in(language),
                        c.status().name()))
            .toList(),
        keeper
            ? committees.history(b).stream()
                .map(
                    s ->
                        new StepRow(
                            s.occurredAt(),
                            s.kind().name(),
                            s.note().orElse(null),
                            s.staff().map(StaffAccount::displayName).orElse(null)))
                .toList()
            : List.of());
  }

  // a card on every case page: a read, in no transaction of its own (bench, issue 22)
  @Transactional(Transactional.TxType.SUPPORTS)
  public Card card(Viewer viewer, String reference) {
    Buildings.Offer offer = buildings.offer(viewer, reference);
    return new Card(
        offer.linked() == null ? null : offer.linked().id(),
        offer.linked() == null ? null : address(offer.linked()),
        offer.match() == null ? null : offer.match().id(),
        offer.match() == null ? null : address(offer.match()),
        offer.written() == null ? null : offer.written().street(),
        offer.written() == null ? null : offer.written().number());
  }

  public long open(
      Viewer viewer, String reference, String street, String number, String entrances) {
    return buildings.open(viewer, reference, street, number, entrances).id();
  }

  public void link(Viewer viewer, String reference, long building) {
    buildings.link(viewer, reference, building);
  }

  public void addMember(
      Viewer viewer,
      long building,
      String name,
      String phone,
      String email,
      CommitteeRole role,
      boolean contact) {
    committees.addMember(viewer, building, name, phone, email, role, contact);
  }

  public void removeMember(Viewer viewer, long building, long member) {
    committees.removeMember(viewer, building, member);
  }

  public void elected(Viewer viewer, long building, LocalDate day) {
    committees.elected(viewer, building, day);
  }

  public void ownerStep(Viewer viewer, long building, String note) {
    committees.ownerStep(viewer, building, note);
  }

  public LetterText ownerLetter(
      Viewer viewer,
      long building,
      String owner,
      String apartment,
      OwnerLetterKind kind,
      Language language) {
    var letter = committees.ownerLetter(viewer, building, owner, apartment, kind, language);
    Building b = letter.building();
    return new LetterText(
        b.street(),
        b.number(),
        b.locality().map(l -> l.name().in(language)).orElse(""),
        b.unit().name().in(language),
        letter.owner(),
        letter.apartment(),
        kind,
        language);
  }

  private static String address(Building b) {
    return b.street() + " " + b.number();
  }
}
