package org.kesher.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each rule of the map fails on a violation constructed for it (package {@code violations}). */
class ArchitectureViolationsTest {

  private static final String ROOT = "org.kesher.architecture.violations";
  private static JavaClasses violations;

  @BeforeAll
  static void importViolations() {
    violations = new ClassFileImporter().importPackages(ROOT);
  }

  private static void fails(ArchRule rule, String names) {
    var result = rule.evaluate(violations);
    assertTrue(result.hasViolation(), rule.getDescription() + " finds no violation");
    assertTrue(
        result.getFailureReport().toString().contains(names),
        "the report names " + names + ": " + result.getFailureReport());
  }

  @Test
  void anImportFromTheGroundIntoAFeatureFails() {
    fails(FeatureMap.groundImportsNoFeature(ROOT), "GroundOnCases");
    fails(FeatureMap.floors(ROOT), "GroundOnCases");
  }

  @Test
  void aCycleBetweenFeaturesFails() {
    fails(FeatureMap.noCycles(ROOT), "CatalogueControl");
  }

  @Test
  void aLowerFloorUsingAHigherOneFails() {
    fails(FeatureMap.floors(ROOT), "CatalogueControl");
  }

  @Test
  void aTransactionOrAProtocolAnnotationOutsideABoundaryFails() {
    fails(FeatureMap.transactionsOnlyAtTheBoundary(ROOT), "CaseControl");
    fails(FeatureMap.protocolOnlyAtTheBoundary(ROOT), "CaseControl");
  }

  @Test
  void aPageActionThatDoesNotSayWhoMayCallItFails() {
    fails(FeatureMap.pageActionsSayWhoMayCallThem(ROOT), "UnguardedPage.close");
  }

  @Test
  void aCaseOpenedOutsideCaseOpeningFails() {
    fails(FeatureMap.aCaseOpensOneWay(ROOT), "SecondOpening");
  }
}
