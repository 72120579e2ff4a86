package org.kesher.buildings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.buildings.entity.Building;
import org.kesher.buildings.entity.BuildingCase;
import org.kesher.buildings.entity.BuildingStep;
import org.kesher.buildings.entity.StepKind;
import org.kesher.cases.control.CaseLookup;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.cases.control.CasePermissions;
import org.kesher.cases.control.CaseVisibility;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.ground.control.JsonOnce;

/**
 * Buildings and the cases that belong to them, in the caller's transaction: a case's building (or
 * the known building its written address matches, offered to its caseworker), a building opened
 * from a case, a case linked, and a building's cases through the one visibility rule. The unit that
 * opened a building keeps it ({@link #keeps}).
 */
@ApplicationScoped
public class Buildings {

  /** The field of a request's form that holds a building's address. */
  public static final String ADDRESS_FIELD = "building_address";

  @PersistenceContext EntityManager em;

  @Inject CaseLookup lookup;

  Clock clock = Clock.systemUTC();

  /**
   * What a case's page offers: the building it belongs to, else the known building its address
   * matches, else the address as its request wrote it (to open a building from).
   */
  public record Offer(Building linked, Building match, AddressKey.Address written) {}

  public Offer offer(Viewer viewer, String reference) {
    CaseFile c = lookup.open(viewer, reference).orElseThrow(CaseNotFound::new);
    Optional<Building> linked = of(c);
    if (linked.isPresent()) {
      return new Offer(linked.get(), null, null);
    }
    Optional<AddressKey.Address> written = writtenAddress(c);
    return new Offer(
        null, written.flatMap(a -> byAddress(c, a)).orElse(null), written.orElse(null));
  }

  /** The building a case belongs to. */
  public Optional<Building> of(CaseFile c) {
    return Optional.ofNullable(em.find(BuildingCase.class, c.id())).map(BuildingCase::building);
  }

  /** Opens a building at the address given, kept by the case's unit, and links the case to it. */
  public Building open(
      Viewer viewer, String reference, String street, String number, String entrances) {
    CaseFile c = actedOn(viewer, reference);
    var building =
        new Building(
            c.unit(), c.locality().orElse(null), street, number, entrances, clock.instant());
    if (!em.createNamedQuery(Building.BY_KEY, Building.class)
        .setParameter("key", building.addressKey())
        .getResultList()
        .isEmpty()) {
      throw new CaseRuleViolation("building.exists", "that building is known already");
    }
    em.persist(building);
    step(building, null, StepKind.BUILDING_OPENED, viewer);
    link(c, building, viewer);
    return building;
  }

  /** Links the case to a known building. */
  public void link(Viewer viewer, String reference, long buildingId) {
    CaseFile c = actedOn(viewer, reference);
    Building building =
        Optional.ofNullable(em.find(Building.class, buildingId))
            .orElseThrow(() -> new CaseRuleViolation("building.unknown", "no such building"));
    link(c, building, viewer);
  }

  /** A house-committee request from a known building's address joins it as it arrives. */
  public void linkIfKnown(CaseFile c) {
    if (c.confidentiality() == Confidentiality.SEALED) {
      return;
    }
    // a request without a building's address (most) costs no query
    writtenAddress(c)
        .flatMap(a -> byAddress(c, a))
        .filter(b -> of(c).isEmpty())
        .ifPresent(b -> link(c, b, null));
  }

  /** The building's cases the viewer may see, newest first. */
  public List<CaseFile> cases(Viewer viewer, Building building) {
    CaseVisibility rule = CaseVisibility.of(viewer);
    return rule.bind(
            em.createQuery(
                "SELECT c FROM CaseFile c, BuildingCase b WHERE b.caseId = c.id"
                    + " AND b.building = :building AND "
                    + rule.condition("c")
                    + " ORDER BY c.createdAt DESC, c.id DESC",
                CaseFile.class))
        .setParameter("building", building)
        .setMaxResults(200)
        .getResultList();
  }

  /** Whether the viewer belongs to the unit that keeps the building (its committee, its steps). */
  public static boolean keeps(Viewer viewer, Building building) {
    return CasePermissions.mayAct(viewer, building.unit().id());
  }

  private void link(CaseFile c, Building building, Viewer viewer) {
    if (c.confidentiality() == Confidentiality.SEALED) {
      throw new CaseRuleViolation("building.sealed", "a sealed case joins no building");
    }
    if (of(c).isPresent()) {
      throw new CaseRuleViolation("building.linked", "the case belongs to a building already");
    }
    em.persist(new BuildingCase(c.id(), building, clock.instant()));
    em.persist(
        new BuildingStep(
            building,
            c.id(),
            StepKind.CASE_LINKED,
            c.reference().toString(),
            null,
            viewer == null ? null : em.find(StaffAccount.class, viewer.staffId()),
            clock.instant()));
  }

  void step(Building building, String note, StepKind kind, Viewer viewer) {
    em.persist(
        new BuildingStep(
            building,
            null,
            kind,
            note,
            null,
            em.find(StaffAccount.class, viewer.staffId()),
            clock.instant()));
  }

  private Optional<Building> byAddress(CaseFile c, AddressKey.Address address) {
    String key =
        AddressKey.of(
            c.locality().map(l -> l.id()).orElse(null), address.street(), address.number());
    return em.createNamedQuery(Building.BY_KEY, Building.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  /** The building address the request's form asked for, if it has one and it reads as one. */
  static Optional<AddressKey.Address> writtenAddress(CaseFile c) {
    if (c.answers() == null || c.answers().isBlank()) {
      return Optional.empty();
    }
    var answers = JsonOnce.PROVIDER.createReader(new StringReader(c.answers())).readObject();
    return answers.get(ADDRESS_FIELD) instanceof JsonString written
        ? AddressKey.parse(written.getString())
        : Optional.empty();
  }

  private CaseFile actedOn(Viewer viewer, String reference) {
    CaseFile c = lookup.open(viewer, reference).orElseThrow(CaseNotFound::new);
    CasePermissions.requireMember(viewer, c);
    return c;
  }
}
