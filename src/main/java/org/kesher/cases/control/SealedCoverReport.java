package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.kesher.cases.control.StrandedCases.Stranded;
import org.kesher.catalogue.control.CatalogueReading;
import org.kesher.catalogue.control.CatalogueSnapshot;
import org.kesher.catalogue.control.SealedCaseCover;
import org.kesher.catalogue.control.UnitStaffing;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;

/**
 * What the administrators' screens say about sealed cases nobody may see: the units holding such
 * cases with their count (never a reference or anything of a case), and the units that receive
 * sealed request types but have nobody working in them yet, where such cases would land.
 */
@ApplicationScoped
@Transactional
public class SealedCoverReport {

  /** The report, unit names in the administrator's language. */
  public record Cover(List<Stranded> stranded, List<String> unstaffedUnits)
      implements java.io.Serializable {

    public boolean isEmpty() {
      return stranded.isEmpty() && unstaffedUnits.isEmpty();
    }
  }

  @PersistenceContext EntityManager em;

  @Inject UnitStaffing staffing;

  public Cover now(Language language) {
    CatalogueSnapshot catalogue = new CatalogueReading(em, staffing).snapshot();
    List<String> unstaffed =
        SealedCaseCover.unstaffed(catalogue).stream()
            .map(id -> em.find(Unit.class, id).name().in(language))
            .toList();
    return new Cover(StrandedCases.perUnit(em, language), unstaffed);
  }
}
