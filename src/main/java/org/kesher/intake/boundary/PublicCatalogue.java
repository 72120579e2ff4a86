package org.kesher.intake.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.kesher.catalogue.boundary.CatalogueViews;
import org.kesher.catalogue.boundary.CatalogueViews.RequestTypeView;
import org.kesher.catalogue.boundary.CatalogueViews.UnitView;
import org.kesher.catalogue.control.Catalogue;
import org.kesher.catalogue.entity.Unit;
import org.kesher.catalogue.entity.UnitKind;
import org.kesher.ground.boundary.VisitorLanguage;

/** The catalogue as the public pages show it: request types and units in the visitor's language. */
@PermitAll
@Named
@RequestScoped
public class PublicCatalogue {

  @Inject Catalogue catalogue;

  @Inject VisitorLanguage visitor;

  private List<Unit> units;

  public List<RequestTypeView> getRequestTypes() {
    return catalogue.requestTypes().stream().map(t -> CatalogueViews.of(t, visitor.get())).toList();
  }

  /** The community units, the intake desk first. */
  public List<UnitView> getUnits() {
    return units().stream()
        .filter(u -> u.kind() != UnitKind.SELF_HELP_CENTER)
        .sorted((a, b) -> Boolean.compare(b.isIntakeDesk(), a.isIntakeDesk()))
        .map(u -> CatalogueViews.of(u, visitor.get()))
        .toList();
  }

  public List<UnitView> getSelfHelpCentres() {
    return units().stream()
        .filter(u -> u.kind() == UnitKind.SELF_HELP_CENTER)
        .map(u -> CatalogueViews.of(u, visitor.get()))
        .toList();
  }

  /** Where the accessibility coordinator is reached: the Community Work Unit's intake desk. */
  public UnitView getIntakeDesk() {
    return units().stream()
        .filter(Unit::isIntakeDesk)
        .findFirst()
        .map(u -> CatalogueViews.of(u, visitor.get()))
        .orElse(null);
  }

  private List<Unit> units() {
    if (units == null) {
      units = catalogue.units();
    }
    return units;
  }
}
