package org.kesher.catalogue.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.LocalizedText;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;

/**
 * The names of the catalogue's units, request types and localities, kept in memory ({@link Kept})
 * for the staff pages' lists and filters: a queue page named each of its cases' types, units and
 * localities and each filter choice by reading that row's texts, about sixty small queries a page
 * (bench, issue 22). Every row is here, active or not, since a case keeps the type and unit it was
 * opened with; the active ones also in the catalogue's order, for the choices.
 */
@ApplicationScoped
public class CatalogueNames {

  /** A catalogue row as a list names it. */
  public record Named(long id, String code, LocalizedText name) {

    /** The name in {@code language} (or the nearest text there is); the code without a name. */
    public String in(Language language) {
      return name == null ? code : name.in(language);
    }
  }

  /**
   * The catalogue's names: every unit, type and locality by id, and the active ones in the order
   * the catalogue lists them.
   */
  public record Names(
      Map<Long, Named> units,
      Map<Long, Named> types,
      Map<Long, Named> localities,
      List<Named> activeUnits,
      List<Named> activeTypes,
      List<Named> activeLocalities) {

    /**
     * The unit of this id; empty for a row added since this copy was read, whose news has not
     * reached this node yet (the caller names it from the row itself).
     */
    public Optional<Named> unit(long id) {
      return Optional.ofNullable(units.get(id));
    }

    public Optional<Named> type(long id) {
      return Optional.ofNullable(types.get(id));
    }

    public Optional<Named> locality(long id) {
      return Optional.ofNullable(localities.get(id));
    }
  }

  @PersistenceContext EntityManager em;

  @Inject Catalogue catalogue;

  @Inject CatalogueEdition edition;

  private final Kept<Names> kept = new Kept<>(() -> edition);

  /** The names as they are now. */
  public Names current() {
    return kept.get(this::read);
  }

  private Names read() {
    Map<Long, Named> units = every(Unit.class, "Unit", u -> new Named(u.id(), u.code(), u.name()));
    Map<Long, Named> types =
        every(RequestType.class, "RequestType", t -> new Named(t.id(), t.code(), t.name()));
    Map<Long, Named> localities =
        every(Locality.class, "Locality", l -> new Named(l.id(), l.code(), l.name()));
    return new Names(
        units,
        types,
        localities,
        catalogue.units().stream().map(u -> units.get(u.id())).toList(),
        catalogue.activeTypes().stream().map(t -> types.get(t.id())).toList(),
        catalogue.localities().stream().map(l -> localities.get(l.id())).toList());
  }

  /**
   * Every row of an entity with its texts: a query for the rows, one for each row's texts, once per
   * edition of the catalogue (EclipseLink's batch reading of the texts fails on their flush).
   */
  private <T> Map<Long, Named> every(Class<T> entity, String name, Function<T, Named> named) {
    return em.createQuery("SELECT x FROM " + name + " x", entity).getResultList().stream()
        .map(named)
        .collect(Collectors.toUnmodifiableMap(Named::id, Function.identity()));
  }
}
