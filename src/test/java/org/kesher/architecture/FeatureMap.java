package org.kesher.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Kesher's map as rules, each with its reason, over a root package: {@code org.kesher} for the
 * code, another root for the constructed violations that show each rule can fail.
 */
final class FeatureMap {

  /** The floors from the top down; each may use only floors below it. */
  static final String[] FLOORS = {
    "app",
    "reporting",
    "intake",
    "notify",
    "audit",
    "mediation",
    "buildings",
    "selfhelp",
    "emergency",
    "cases",
    "routing",
    "access",
    "catalogue",
    "sealing",
    "ground"
  };

  private FeatureMap() {}

  static ArchRule floors(String root) {
    var layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
    for (String floor : FLOORS) {
      layers = layers.layer(floor).definedBy(root + "." + floor + "..");
    }
    for (int i = 0; i < FLOORS.length - 1; i++) {
      String[] above = java.util.Arrays.copyOfRange(FLOORS, 0, i);
      layers =
          above.length == 0
              ? layers.whereLayer(FLOORS[i]).mayNotBeAccessedByAnyLayer()
              : layers.whereLayer(FLOORS[i]).mayOnlyBeAccessedByLayers(above);
    }
    String[] aboveGround = java.util.Arrays.copyOfRange(FLOORS, 0, FLOORS.length - 1);
    return layers
        .whereLayer("ground")
        .mayOnlyBeAccessedByLayers(aboveGround)
        .because(
            "each floor stands on the floors below it (app on the features, reporting and intake on cases,"
                + " notify observing cases, audit recording what every floor tells, cases on access and the catalogue, everything on the"
                + " ground): a change to a lower floor never needs an upper one, and the map in"
                + " STYLE.md can be read off the code")
        .allowEmptyShould(true);
  }

  static ArchRule groundImportsNoFeature(String root) {
    return classes()
        .that()
        .resideInAPackage(root + ".ground..")
        .should()
        .onlyDependOnClassesThat(
            describe(
                "are of the ground or not Kesher's",
                (JavaClass c) ->
                    !c.getPackageName().startsWith(root + ".")
                        || c.getPackageName().startsWith(root + ".ground")))
        .because(
            "every feature stands on the ground (settings, causes, the data source, problem"
                + " details, languages, headers, messages), so the ground may stand on nothing of"
                + " Kesher's but itself");
  }

  static ArchRule noCycles(String root) {
    return slices()
        .matching(root + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because("a cycle between features makes each one unchangeable without the other");
  }

  /** JAX-RS, Faces and servlet edges live in a boundary package. */
  static ArchRule protocolOnlyAtTheBoundary(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage(root + "..boundary..")
        .should()
        .beAnnotatedWith(jakarta.ws.rs.Path.class)
        .orShould()
        .beAnnotatedWith(jakarta.ws.rs.ext.Provider.class)
        .orShould()
        .beAnnotatedWith(jakarta.servlet.annotation.WebFilter.class)
        .orShould()
        .beAnnotatedWith(jakarta.servlet.annotation.WebServlet.class)
        .orShould()
        .beAnnotatedWith(jakarta.faces.view.ViewScoped.class)
        .orShould()
        .beAnnotatedWith(jakarta.faces.annotation.FacesConfig.class)
        .because(
            "a feature's boundary is where a protocol (HTTP, JAX-RS, Faces) meets its rules; a"
                + " control or entity that speaks a protocol cannot be used or tested without it")
        .allowEmptyShould(true);
  }

  /** A case is opened by {@code cases.control.CaseOpening} and nowhere else. */
  static ArchRule aCaseOpensOneWay(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .doNotHaveFullyQualifiedName(root + ".cases.control.CaseOpening")
        .should()
        .callConstructorWhere(
            describe(
                "the constructor of a case",
                call ->
                    call.getTargetOwner().isEquivalentTo(org.kesher.cases.entity.CaseFile.class)))
        .because(
            "every path that opens a case (intake, staff entry, referral, mail, demo data) gets the"
                + " same reply token and service targets; the service-target rules change in one"
                + " place");
  }

  /** Transactions are begun at a feature's boundary (or by a control of its own, frozen). */
  static ArchRule transactionsOnlyAtTheBoundary(String root) {
    return noClasses()
        .that()
        .resideInAPackage(root + "..")
        .and()
        .resideOutsideOfPackage(root + "..boundary..")
        .should()
        .beAnnotatedWith(jakarta.transaction.Transactional.class)
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName(jakarta.transaction.Transactional.class.getName())
        .because(
            "the boundary owns the transaction of what a caller asked for; a control that begins"
                + " its own makes two steps of one action");
  }

  /**
   * Every action of a page bean says who may call it: {@code @RolesAllowed} (checked by {@code
   * ground.boundary.RolesCheck}) or {@code @PermitAll}, on the method or, for public pages, on the
   * bean. Property accessors are left to the page's URL rule.
   */
  static ArchRule pageActionsSayWhoMayCallThem(String root) {
    return methods()
        .that()
        .arePublic()
        .and()
        .areNotStatic()
        .and()
        .areDeclaredInClassesThat()
        .areAnnotatedWith(jakarta.inject.Named.class)
        .and()
        .areDeclaredInClassesThat()
        .resideInAPackage(root + "..boundary..")
        .and(
            describe(
                "are actions, not property accessors",
                (JavaMethod m) -> !m.getName().matches("(get|set|is)[A-Z].*")))
        .should(sayWhoMayCallThem())
        .because(
            "the URL rules of web.xml decide who may open a page; each action on it says who may"
                + " carry it out, so that an action shared by pages, or a page whose URL rule"
                + " changes, is still refused to whoever may not carry it out")
        .allowEmptyShould(true);
  }

  private static ArchCondition<JavaMethod> sayWhoMayCallThem() {
    return new ArchCondition<>("say who may call them (@RolesAllowed or @PermitAll)") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        if (!method.isAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
            && !method.isAnnotatedWith(jakarta.annotation.security.PermitAll.class)
            && !method.getOwner().isAnnotatedWith(jakarta.annotation.security.PermitAll.class)) {
          events.add(
              SimpleConditionEvent.violated(
                  method, method.getFullName() + " does not say who may call it"));
        }
      }
    };
  }
}
