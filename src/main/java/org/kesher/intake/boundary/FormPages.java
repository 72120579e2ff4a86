package org.kesher.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kesher.catalogue.boundary.CatalogueViews;
import org.kesher.catalogue.boundary.CatalogueViews.LocalityView;
import org.kesher.catalogue.boundary.CatalogueViews.ProgrammeView;
import org.kesher.catalogue.boundary.CatalogueViews.RequestTypeView;
import org.kesher.catalogue.control.Catalogue;
import org.kesher.catalogue.control.CatalogueEdition;
import org.kesher.catalogue.control.Kept;
import org.kesher.catalogue.entity.Programme;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.ground.control.Language;
import org.kesher.intake.control.FormDefinition;
import org.kesher.intake.control.IntakeCatalogue;

/**
 * What a request form page draws, in every language, kept in memory between requests ({@link Kept},
 * read again after a change of the catalogue): each active type's form as the page shows it and as
 * a post is checked against, and the localities to choose from. A form page then reads nothing from
 * the database until the resident sends it.
 */
@ApplicationScoped
public class FormPages {

  /**
   * An active type's form: as drawn in one language, the programmes a request of it may name, and
   * its definition.
   */
  public record Form(
      RequestTypeView view, List<ProgrammeView> programmes, FormDefinition definition) {}

  private record Drawn(
      Map<String, Map<Language, Form>> forms, Map<Language, List<LocalityView>> localities) {}

  @Inject Catalogue catalogue;

  @Inject CatalogueEdition edition;

  private final Kept<Drawn> drawn = new Kept<>(() -> edition);

  /** The active type of this code, as its form page draws it in {@code language}. */
  public Optional<Form> form(String code, Language language) {
    return Optional.ofNullable(current().forms().get(code))
        .map(byLanguage -> byLanguage.get(language));
  }

  /** The active localities, named in {@code language}. */
  public List<LocalityView> localities(Language language) {
    return current().localities().get(language);
  }

  private Drawn current() {
    return drawn.get(this::draw);
  }

  private Drawn draw() {
    Map<String, Map<Language, Form>> forms = new HashMap<>();
    List<Programme> programmes = catalogue.programmes();
    for (RequestType type : catalogue.requestTypes()) {
      if (!type.isActive()) {
        continue;
      }
      List<String> codes = IntakeCatalogue.codesFor(type, programmes);
      FormDefinition definition = FormDefinition.of(type, codes);
      Map<Language, Form> byLanguage = new EnumMap<>(Language.class);
      for (Language language : Language.values()) {
        List<ProgrammeView> offered =
            programmes.stream()
                .filter(p -> codes.contains(p.code()))
                .map(p -> CatalogueViews.of(p, language))
                .toList();
        byLanguage.put(language, new Form(CatalogueViews.of(type, language), offered, definition));
      }
      forms.put(type.code(), Map.copyOf(byLanguage));
    }
    var places = catalogue.localities();
    Map<Language, List<LocalityView>> localities = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      localities.put(language, places.stream().map(l -> CatalogueViews.of(l, language)).toList());
    }
    return new Drawn(Map.copyOf(forms), Map.copyOf(localities));
  }
}
