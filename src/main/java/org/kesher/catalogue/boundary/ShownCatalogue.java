package org.kesher.catalogue.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.kesher.catalogue.boundary.CatalogueViews.LocalityView;
import org.kesher.catalogue.boundary.CatalogueViews.ProgrammeView;
import org.kesher.catalogue.boundary.CatalogueViews.RequestTypeView;
import org.kesher.catalogue.boundary.CatalogueViews.UnitView;
import org.kesher.catalogue.control.Catalogue;
import org.kesher.catalogue.control.CatalogueEdition;
import org.kesher.catalogue.control.Kept;
import org.kesher.ground.control.Language;

/**
 * The active catalogue as the public sees it, in every language, kept between requests ({@link
 * Kept}): the home page, the units directory and the API's catalogue read it from memory instead of
 * reading every type, field, option, unit and programme with its texts on each visit.
 */
@ApplicationScoped
public class ShownCatalogue {

  /** The catalogue in one language. */
  public record Shown(
      List<RequestTypeView> requestTypes,
      List<UnitView> units,
      List<LocalityView> localities,
      List<ProgrammeView> programmes) {}

  @Inject Catalogue catalogue;

  @Inject CatalogueEdition edition;

  private final Kept<Map<Language, Shown>> kept = new Kept<>(() -> edition);

  public Shown in(Language language) {
    return kept.get(this::read).get(language);
  }

  private Map<Language, Shown> read() {
    var types = catalogue.requestTypes();
    var units = catalogue.units();
    var localities = catalogue.localities();
    var programmes = catalogue.programmes();
    Map<Language, Shown> shown = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      shown.put(
          language,
          new Shown(
              each(types, language, CatalogueViews::of),
              each(units, language, CatalogueViews::of),
              each(localities, language, CatalogueViews::of),
              each(programmes, language, CatalogueViews::of)));
    }
    return Map.copyOf(shown);
  }

  private static <T, V> List<V> each(
      List<T> rows, Language language, BiFunction<T, Language, V> view) {
    return rows.stream().map(row -> view.apply(row, language)).toList();
  }
}
