package org.kesher.intake.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kesher.catalogue.boundary.CatalogueViews.ProgrammeView;
import org.kesher.catalogue.boundary.CatalogueViews.RequestTypeView;
import org.kesher.catalogue.boundary.CatalogueViews.UnitView;
import org.kesher.catalogue.boundary.ShownCatalogue;
import org.kesher.catalogue.entity.UnitKind;
import org.kesher.ground.boundary.VisitorLanguage;

/**
 * The catalogue as the public pages show it: request types, units and their programmes in the
 * visitor's language, from the copy kept in memory ({@link ShownCatalogue}).
 */
@PermitAll
@Named
@RequestScoped
public class PublicCatalogue {

  private static final String SELF_HELP = UnitKind.SELF_HELP_CENTER.name();

  @Inject ShownCatalogue catalogue;

  @Inject VisitorLanguage visitor;

  private ShownCatalogue.Shown shown;

  public List<RequestTypeView> getRequestTypes() {
    return shown().requestTypes();
  }

  /** The community units, the intake desk first. */
  public List<UnitView> getUnits() {
    return shown().units().stream()
        .filter(u -> !u.kind().equals(SELF_HELP))
        .sorted((a, b) -> Boolean.compare(b.intakeDesk(), a.intakeDesk()))
        .toList();
  }

  public List<UnitView> getSelfHelpCentres() {
    return shown().units().stream().filter(u -> u.kind().equals(SELF_HELP)).toList();
  }

  /** Each unit's programmes, by the unit's code. */
  public Map<String, List<ProgrammeView>> getProgrammes() {
    return shown().programmes().stream().collect(Collectors.groupingBy(ProgrammeView::unit));
  }

  /** Where the accessibility coordinator is reached: the Community Work Unit's intake desk. */
  public UnitView getIntakeDesk() {
    return shown().units().stream().filter(UnitView::intakeDesk).findFirst().orElse(null);
  }

  private ShownCatalogue.Shown shown() {
    if (shown == null) {
      shown = catalogue.in(visitor.get());
    }
    return shown;
  }
}
