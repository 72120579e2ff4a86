package org.kesher.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.kesher.access.entity.MemberRole;
import org.kesher.access.entity.StaffAccount;
import org.kesher.access.entity.UnitMembership;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.Unit;

/**
 * A staff account's places in units as administrators change them: the units named by code,
 * joining, leaving and becoming member or head, and the refusal of a change that would leave a unit
 * receiving sealed request types without a head ({@link SealedUnitCover}). Works inside its
 * caller's transaction.
 */
@ApplicationScoped
public class UnitPlaces {

  @PersistenceContext EntityManager em;

  /**
   * The unit of the given code.
   *
   * @throws AccountRefused when there is none
   */
  public Unit unit(String code) {
    return em.createNamedQuery(Unit.BY_CODE, Unit.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new AccountRefused("account.unitUnknown"));
  }

  /**
   * The units of the given codes, by code.
   *
   * @throws AccountRefused when one is unknown
   */
  public Map<String, Unit> units(Set<String> codes) {
    Map<String, Unit> chosen = new HashMap<>();
    for (String code : codes) {
      chosen.put(code, unit(code));
    }
    return chosen;
  }

  /**
   * Puts the account in exactly the given units (code to member or head; the units already looked
   * up in {@code chosen}): it leaves the others and its role changes where it differs.
   *
   * @return whether anything changed
   */
  public boolean placeIn(
      StaffAccount account, Map<String, MemberRole> units, Map<String, Unit> chosen) {
    boolean changed = false;
    for (UnitMembership m : List.copyOf(account.memberships())) {
      MemberRole wanted = units.get(m.unit().code());
      if (wanted == null) {
        account.leave(m);
        em.remove(m);
        changed = true;
      } else if (wanted != m.role()) {
        m.become(wanted);
        changed = true;
      }
    }
    Set<String> held =
        account.memberships().stream().map(m -> m.unit().code()).collect(Collectors.toSet());
    for (var place : units.entrySet()) {
      if (!held.contains(place.getKey())) {
        em.persist(account.joinUnit(chosen.get(place.getKey()), place.getValue()));
        changed = true;
      }
    }
    if (changed) {
      em.flush();
    }
    return changed;
  }

  /**
   * Refuses a change after which the account heads only the given units (by id; none when it is
   * switched off) if that leaves a unit receiving sealed request types without an enabled head.
   *
   * @throws AccountRefused naming the units that would be left without a head
   */
  public void refuseIfStranding(StaffAccount account, Set<Long> headedAfter) {
    Set<Long> headedBefore =
        account.isEnabled()
            ? account.memberships().stream()
                .filter(m -> m.role() == MemberRole.HEAD)
                .map(m -> m.unit().id())
                .collect(Collectors.toSet())
            : Set.of();
    if (headedBefore.isEmpty()) {
      return;
    }
    Set<Long> stranded =
        SealedUnitCover.strandedBy(
            sealedUnits(), otherHeads(account, headedBefore), headedBefore, headedAfter);
    if (!stranded.isEmpty()) {
      throw new AccountRefused(
          "account.strandsSealed",
          account.memberships().stream()
              .map(UnitMembership::unit)
              .filter(u -> stranded.contains(u.id()))
              .map(Unit::code)
              .sorted()
              .toList());
    }
  }

  /**
   * The units that an active routing rule for a sealed request type sends cases to. (The rule is
   * routing's; it is read here by its entity name so that access keeps below routing.)
   */
  Set<Long> sealedUnits() {
    return Set.copyOf(
        em.createQuery(
                "SELECT DISTINCT r.unit.id FROM RoutingRule r JOIN r.requestType t"
                    + " WHERE r.active = TRUE AND t.confidentiality = :sealed",
                Long.class)
            .setParameter("sealed", Confidentiality.SEALED)
            .getResultList());
  }

  /** Per unit, the enabled heads it has besides the given account. */
  Map<Long, Long> otherHeads(StaffAccount account, Set<Long> units) {
    Map<Long, Long> heads = new HashMap<>();
    em.createQuery(
            "SELECT m.unit.id, COUNT(m.id) FROM UnitMembership m JOIN m.staff s"
                + " WHERE m.role = :head AND s.enabled = TRUE AND s.id <> :account"
                + " AND m.unit.id IN :units GROUP BY m.unit.id",
            Object[].class)
        .setParameter("head", MemberRole.HEAD)
        .setParameter("account", account.id())
        .setParameter("units", List.copyOf(units))
        .getResultList()
        .forEach(row -> heads.put((Long) row[0], (Long) row[1]));
    return heads;
  }

  /** Unit places as a recorded change shows them: {@code CODE:ROLE}, by code. */
  static String describe(Map<String, MemberRole> units) {
    return new TreeMap<>(units)
        .entrySet().stream()
            .map(e -> e.getKey() + ":" + e.getValue().name())
            .collect(Collectors.joining(", "));
  }
}
