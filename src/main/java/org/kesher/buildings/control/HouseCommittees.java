package org.kesher.buildings.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kesher.access.entity.StaffAccount;
import org.kesher.buildings.entity.Building;
import org.kesher.buildings.entity.BuildingStep;
import org.kesher.buildings.entity.CommitteeMember;
import org.kesher.buildings.entity.CommitteeRole;
import org.kesher.buildings.entity.OwnerLetterKind;
import org.kesher.buildings.entity.StepKind;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;

/**
 * A building's house committee and its enforcement against a defaulting owner, kept by the unit
 * that opened the building, in the caller's transaction: members added and removed, one contact
 * person, the election's day; letters to the owner (each recorded, and in the access log) and the
 * further steps taken. Every change is a step of the building's history.
 */
@ApplicationScoped
public class HouseCommittees {

  @PersistenceContext EntityManager em;

  @Inject Event<Accessed> accessed;

  Clock clock = Clock.systemUTC();

  /** A letter to a defaulting owner, as printed: to whom, which, in which language. */
  public record OwnerLetter(
      Building building, String owner, String apartment, OwnerLetterKind kind, Language language) {}

  public Building building(Viewer viewer, long id) {
    Building building = em.find(Building.class, id);
    if (building == null) {
      throw new CaseRuleViolation("building.unknown", "no such building");
    }
    return building;
  }

  public List<CommitteeMember> members(Building building) {
    return em.createNamedQuery(CommitteeMember.OF_BUILDING, CommitteeMember.class)
        .setParameter("building", building)
        .getResultList();
  }

  public List<BuildingStep> history(Building building) {
    return em.createNamedQuery(BuildingStep.OF_BUILDING, BuildingStep.class)
        .setParameter("building", building)
        .getResultList();
  }

  public void addMember(
      Viewer viewer,
      long buildingId,
      String name,
      String phone,
      String email,
      CommitteeRole role,
      boolean contact) {
    Building building = kept(viewer, buildingId);
    if (contact) {
      members(building).forEach(CommitteeMember::noLongerContact);
    }
    em.persist(new CommitteeMember(building, name, phone, email, role, contact));
    step(viewer, building, StepKind.MEMBER_ADDED, null, null);
  }

  public void removeMember(Viewer viewer, long buildingId, long memberId) {
    Building building = kept(viewer, buildingId);
    CommitteeMember member = em.find(CommitteeMember.class, memberId);
    if (member == null || !member.building().id().equals(building.id())) {
      throw new CaseRuleViolation("building.memberUnknown", "no such member");
    }
    em.remove(member);
    step(viewer, building, StepKind.MEMBER_REMOVED, null, null);
  }

  public void elected(Viewer viewer, long buildingId, LocalDate day) {
    Building building = kept(viewer, buildingId);
    building.committeeElected(day, clock.instant().atZone(Israel.ZONE).toLocalDate());
    step(viewer, building, StepKind.COMMITTEE_ELECTED, day.toString(), null);
  }

  /** A letter to a defaulting owner, recorded in the history and the access log as it prints. */
  public OwnerLetter ownerLetter(
      Viewer viewer,
      long buildingId,
      String owner,
      String apartment,
      OwnerLetterKind kind,
      Language language) {
    Building building = kept(viewer, buildingId);
    if (owner == null || owner.isBlank() || kind == null) {
      throw new CaseRuleViolation("building.ownerMissing", "name the owner and the letter");
    }
    String apt = apartment == null ? "" : apartment.strip();
    step(
        viewer,
        building,
        StepKind.OWNER_LETTER,
        kind + ": " + owner.strip() + (apt.isEmpty() ? "" : " (" + apt + ")"),
        language.code());
    accessed.fire(
        Accessed.adminChange(
            Accessed.ObjectKind.BUILDING, String.valueOf(building.id()), "owner letter " + kind));
    return new OwnerLetter(building, owner.strip(), apt, kind, language);
  }

  /** A further step against a defaulting owner: a meeting, a referral to the legal department... */
  public void ownerStep(Viewer viewer, long buildingId, String note) {
    step(viewer, kept(viewer, buildingId), StepKind.OWNER_STEP, note, null);
  }

  private void step(Viewer viewer, Building building, StepKind kind, String note, String language) {
    em.persist(
        new BuildingStep(
            building,
            null,
            kind,
            note,
            language,
            em.find(StaffAccount.class, viewer.staffId()),
            clock.instant()));
  }

  private Building kept(Viewer viewer, long buildingId) {
    Building building = building(viewer, buildingId);
    if (!Buildings.keeps(viewer, building)) {
      throw new CaseRuleViolation("building.notKeeper", "only the building's unit changes it");
    }
    return building;
  }
}
