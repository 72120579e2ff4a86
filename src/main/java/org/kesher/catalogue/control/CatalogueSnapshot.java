package org.kesher.catalogue.control;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** The catalogue as it stands, which a change is checked against. */
public record CatalogueSnapshot(
    List<UnitDraft> units, List<TypeDraft> types, Set<Long> localityIds, List<RuleDraft> rules) {

  CatalogueSnapshot with(UnitDraft unit) {
    return new CatalogueSnapshot(replace(units, unit, UnitDraft::id), types, localityIds, rules);
  }

  CatalogueSnapshot with(TypeDraft type) {
    return new CatalogueSnapshot(units, replace(types, type, TypeDraft::id), localityIds, rules);
  }

  CatalogueSnapshot with(RuleDraft rule) {
    return new CatalogueSnapshot(units, types, localityIds, replace(rules, rule, RuleDraft::id));
  }

  private static <T> List<T> replace(
      List<T> all, T changed, java.util.function.Function<T, Long> id) {
    Long changedId = id.apply(changed);
    return Stream.concat(
            all.stream().filter(x -> changedId == null || !Objects.equals(id.apply(x), changedId)),
            Stream.of(changed))
        .toList();
  }
}
