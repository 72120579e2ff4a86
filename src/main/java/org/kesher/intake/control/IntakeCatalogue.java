package org.kesher.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kesher.catalogue.control.Catalogue;
import org.kesher.catalogue.control.CatalogueEdition;
import org.kesher.catalogue.control.Kept;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Programme;
import org.kesher.catalogue.entity.RequestType;

/**
 * The part of the catalogue a new request is checked against, as plain data kept in memory ({@link
 * Kept}): each active request type's form, and the active localities. A request then reads only its
 * own type's row.
 */
@ApplicationScoped
public class IntakeCatalogue {

  /** An active request type: its id, and the form a request of it must fill. */
  public record IntakeType(long id, FormDefinition form) {}

  /**
   * The catalogue as one request sees it: the active types by code, the active localities' ids by
   * code.
   */
  public record Terms(
      Map<String, IntakeType> types, Map<String, Long> localities, Map<String, Long> programmes) {

    /** The active type of this code. */
    public Optional<IntakeType> type(String code) {
      return Optional.ofNullable(types.get(code));
    }
  }

  @Inject Catalogue catalogue;

  @Inject CatalogueEdition edition;

  private final Kept<Terms> terms = new Kept<>(() -> edition);

  /** The catalogue as it is now; a request reads it once and keeps to it. */
  public Terms current() {
    return terms.get(this::read);
  }

  private Terms read() {
    List<Programme> programmes = catalogue.programmes();
    return new Terms(
        catalogue.requestTypes().stream()
            .filter(RequestType::isActive)
            .collect(
                Collectors.toUnmodifiableMap(
                    RequestType::code,
                    type ->
                        new IntakeType(
                            type.id(), FormDefinition.of(type, codesFor(type, programmes))))),
        catalogue.localities().stream()
            .collect(Collectors.toUnmodifiableMap(Locality::code, Locality::id)),
        programmes.stream().collect(Collectors.toUnmodifiableMap(Programme::code, Programme::id)));
  }

  /** The codes of the programmes a request of this type may name. */
  public static List<String> codesFor(RequestType type, List<Programme> programmes) {
    return programmes.stream()
        .filter(p -> p.requestType().filter(t -> t.id().equals(type.id())).isPresent())
        .map(Programme::code)
        .toList();
  }
}
