package org.kesher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.inject.Named;
import jakarta.persistence.Entity;
import jakarta.ws.rs.Path;
import java.util.stream.Stream;

/** The shape of the code: features without cycles, and no JPA entity at a protocol edge. */
@AnalyzeClasses(packages = "org.kesher", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule featurePackagesHaveNoCycles =
      slices().matching("org.kesher.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule theGroundImportsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.kesher.ground..")
          .should()
          .dependOnClassesThat()
          .resideOutsideOfPackages("org.kesher.ground..", "java..", "jakarta..")
          .because(
              "every feature may stand on the ground (security headers, the error dispatch), so"
                  + " the ground can stand on nothing of Kesher's but itself");

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
