package org.kesher.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import jakarta.inject.Named;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.stream.Stream;

/**
 * The shape of the code, as ../shared/STYLE.md maps it: floors that stand only on the floors below
 * them, a ground that imports no feature, no cycles, protocols and transactions at the boundary,
 * and no JPA entity at a protocol edge. {@link ArchitectureViolationsTest} shows each rule failing.
 */
@AnalyzeClasses(packages = "org.kesher", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  private static final String KESHER = "org.kesher";

  @ArchTest static final ArchRule floors = FeatureMap.floors(KESHER);

  @ArchTest static final ArchRule noCycles = FeatureMap.noCycles(KESHER);

  @ArchTest
  static final ArchRule theGroundImportsNoFeature = FeatureMap.groundImportsNoFeature(KESHER);

  @ArchTest
  static final ArchRule protocolOnlyAtTheBoundary = FeatureMap.protocolOnlyAtTheBoundary(KESHER);

  @ArchTest
  static final ArchRule pageActionsSayWhoMayCallThem =
      FeatureMap.pageActionsSayWhoMayCallThem(KESHER);

  @ArchTest static final ArchRule aCaseOpensOneWay = FeatureMap.aCaseOpensOneWay(KESHER);

  /**
   * Frozen: the controls that begin transactions today (the case actions, intake, the outbox, the
   * account screens' controls...) are written down in {@code src/test/resources/archunit-store} and
   * move to their boundaries one by one; a new one fails the build.
   */
  @ArchTest
  static final ArchRule transactionsOnlyAtTheBoundary =
      FreezingArchRule.freeze(FeatureMap.transactionsOnlyAtTheBoundary(KESHER));

  @ArchTest
  static final ArchRule noEntityCrossesAJaxRsOrFacesEdge =
      methods()
          .that()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Path.class)
          .or()
          .arePublic()
          .and()
          .areDeclaredInClassesThat()
          .areAnnotatedWith(Named.class)
          .should(notMentionAnEntity());

  private static ArchCondition<JavaMethod> notMentionAnEntity() {
    return new ArchCondition<>("not take or return a JPA entity") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        Stream.concat(
                method.getReturnType().getAllInvolvedRawTypes().stream(),
                method.getParameterTypes().stream()
                    .flatMap(p -> p.getAllInvolvedRawTypes().stream()))
            .filter(type -> type.isAnnotatedWith(Entity.class))
            .map(JavaClass::getName)
            .distinct()
            .forEach(
                entity ->
                    events.add(
                        SimpleConditionEvent.violated(
                            method, method.getFullName() + " exposes the entity " + entity)));
      }
    };
  }
}
