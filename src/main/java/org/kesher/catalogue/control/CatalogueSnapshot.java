package org.kesher.catalogue.control;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The catalogue as it stands, which a change is checked against, with who works in each unit (for
 * the rule that no sealed case lands where nobody may see it; a unit absent from {@code staffing}
 * has nobody).
 */
public record CatalogueSnapshot(
    List<UnitDraft> units,
    List<TypeDraft> types,
    Set<Long> localityIds,
    List<RuleDraft> rules,
    Map<Long, Staffing> staffing) {

  public CatalogueSnapshot {
    staffing = Map.copyOf(staffing);
  }

  /** The catalogue alone, as the seed migrations leave it: no staff anywhere. */
  public CatalogueSnapshot(
      List<UnitDraft> units, List<TypeDraft> types, Set<Long> localityIds, List<RuleDraft> rules) {
    this(units, types, localityIds, rules, Map.of());
  }

  /** Who works in a unit. */
  public Staffing staffingOf(Long unitId) {
    return unitId == null ? Staffing.NOBODY : staffing.getOrDefault(unitId, Staffing.NOBODY);
  }

  /** The unit of this id, if there is one. */
  Optional<UnitDraft> unit(Long id) {
    return id == null
        ? Optional.empty()
        : units.stream().filter(u -> id.equals(u.id())).findFirst();
  }

  /** The request type of this id, if there is one. */
  Optional<TypeDraft> type(Long id) {
    return id == null
        ? Optional.empty()
        : types.stream().filter(t -> id.equals(t.id())).findFirst();
  }

  /**
   * Whether an active rule sends this type, from any locality, to an active unit that may own
   * sealed cases.
   */
  boolean hasSealedCatchAll(Long typeId) {
    if (typeId == null) {
      return false;
    }
    Map<Long, UnitDraft> byId =
        units.stream().collect(Collectors.toMap(UnitDraft::id, Function.identity(), (a, b) -> a));
    return rules.stream()
        .anyMatch(
            r ->
                r.active()
                    && typeId.equals(r.requestTypeId())
                    && r.localityId() == null
                    && byId.containsKey(r.unitId())
                    && byId.get(r.unitId()).active()
                    && byId.get(r.unitId()).mayOwnSealedCases());
  }

  CatalogueSnapshot with(UnitDraft unit) {
    return new CatalogueSnapshot(
        replace(units, unit, UnitDraft::id), types, localityIds, rules, staffing);
  }

  CatalogueSnapshot with(TypeDraft type) {
    return new CatalogueSnapshot(
        units, replace(types, type, TypeDraft::id), localityIds, rules, staffing);
  }

  CatalogueSnapshot with(RuleDraft rule) {
    return new CatalogueSnapshot(
        units, types, localityIds, replace(rules, rule, RuleDraft::id), staffing);
  }

  private static <T> List<T> replace(List<T> all, T changed, Function<T, Long> id) {
    Long changedId = id.apply(changed);
    return Stream.concat(
            all.stream().filter(x -> changedId == null || !Objects.equals(id.apply(x), changedId)),
            Stream.of(changed))
        .toList();
  }
}
