package org.kesher.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.kesher.catalogue.control.CatalogueDrafts.aField;
import static org.kesher.catalogue.control.CatalogueDrafts.aReply;
import static org.kesher.catalogue.control.CatalogueDrafts.aRule;
import static org.kesher.catalogue.control.CatalogueDrafts.aType;
import static org.kesher.catalogue.control.CatalogueDrafts.aUnit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kesher.catalogue.control.CatalogueDrafts.RuleBuilder;
import org.kesher.catalogue.control.CatalogueDrafts.UnitBuilder;
import org.kesher.catalogue.control.CatalogueRules.Violation;
import org.kesher.catalogue.entity.AssignmentPolicy;
import org.kesher.catalogue.entity.FieldDatatype;
import org.kesher.catalogue.entity.UnitKind;

/** Every rule of the catalogue, on small drafts: each test breaks one thing and names the key. */
class CatalogueRulesTest {

  static final long DESK = 1;
  static final long SOCIAL = 2;
  static final long MEDIATION_UNIT = 4;
  static final long PROTECTION_ALUMA = 8;
  static final long CLOSED_UNIT = 9;
  static final long MEDIATION = 2;
  static final long PROTECTION = 3;
  static final long ALUMA = 12;

  private final List<UnitDraft> units =
      new ArrayList<>(
          List.of(
              aUnit("COMMUNITY_WORK")
                  .id(DESK)
                  .kind(UnitKind.COMMUNITY_WORK)
                  .phones("0506896855")
                  .intakeDesk()
                  .build(),
              aUnit("SOCIAL_SERVICES").id(SOCIAL).kind(UnitKind.SOCIAL_SERVICES).build(),
              mediationUnit().build(),
              aUnit("PROTECTION_ALUMA").id(PROTECTION_ALUMA).kind(UnitKind.PROTECTION_TEAM).build(),
              aUnit("CLOSED").id(CLOSED_UNIT).inactive().build()));
  private final List<TypeDraft> types =
      new ArrayList<>(
          List.of(
              aType("MEDIATION")
                  .id(MEDIATION)
                  .restricted()
                  .withField(aField("other_party_name"))
                  .build(),
              aType("PROTECTION_CONTACT")
                  .id(PROTECTION)
                  .sealed()
                  .withField(aField("concern"))
                  .build()));
  private final List<RuleDraft> rules =
      new ArrayList<>(
          List.of(
              aRule().id(1L).forType(MEDIATION).toUnit(MEDIATION_UNIT).build(),
              alumaRoute().build(),
              lastSealedRoute().build()));

  /** A unit the tests add to the catalogue. */
  private static UnitBuilder newUnit() {
    return aUnit("NEW_UNIT").id(50L);
  }

  private static UnitBuilder mediationUnit() {
    return aUnit("MEDIATION").id(MEDIATION_UNIT).kind(UnitKind.MEDIATION);
  }

  /** The protection rule for Aluma, to its protection team. */
  private static RuleBuilder alumaRoute() {
    return aRule().id(2L).forType(PROTECTION).inLocality(ALUMA).toUnit(PROTECTION_ALUMA);
  }

  /** The only protection rule for any locality. */
  private static RuleBuilder lastSealedRoute() {
    return aRule().id(3L).forType(PROTECTION).toUnit(SOCIAL);
  }

  /** A valid rule for mediation in locality 1, which each check breaks in one way. */
  private static RuleBuilder mediationRule() {
    return aRule().forType(MEDIATION).inLocality(1L).toUnit(MEDIATION_UNIT);
  }

  private CatalogueRules rules() {
    return new CatalogueRules(new CatalogueSnapshot(units, types, Set.of(ALUMA, 1L), rules));
  }

  private static Set<String> keys(List<Violation> found) {
    Set<String> keys = new TreeSet<>();
    found.forEach(v -> keys.add(v.field() + " " + v.key()));
    return keys;
  }

  private static void assertOnly(String expected, List<Violation> found) {
    assertEquals(Set.of(expected), keys(found));
  }

  @Test
  void theFixtureIsAValidCatalogue() {
    assertEquals(List.of(), rules().checkAll(List.of()));
  }

  // units

  @Test
  void aUnitCodeIsCapitalLettersDigitsAndUnderscores() {
    for (String bad :
        new String[] {null, "", "x", "mediation", "NEW UNIT", "9LIVES", "A".repeat(41)}) {
      assertOnly("code check.codePattern", rules().check(aUnit(bad).id(50L).build()));
    }
    assertEquals(List.of(), rules().check(aUnit("NEW_UNIT_2").id(50L).build()));
  }

  @Test
  void aUnitCodeIsUniqueButAUnitKeepsItsOwn() {
    assertOnly(
        "code check.codeTaken",
        rules().check(aUnit("MEDIATION").id(50L).kind(UnitKind.MEDIATION).build()));
    assertEquals(List.of(), rules().check(mediationUnit().build()));
  }

  @Test
  void aUnitHasItsNameAndServicesInAllThreeLanguagesOfBoundedLength() {
    var noArabic = new Texts("שם", " ", "Name");
    assertOnly("name.ar check.textMissing", rules().check(newUnit().name(noArabic).build()));
    var longServices = new Texts("x".repeat(1001), "x", "x");
    List<Violation> found = rules().check(newUnit().services(longServices).build());
    assertOnly("services.he check.textTooLong", found);
    assertEquals(List.of(1000), found.get(0).args());
  }

  @Test
  void aUnitsKindAndPolicyAreChosen() {
    var unit = newUnit().kind(null).policy(null).build();
    assertEquals(
        Set.of("kind check.required", "assignmentPolicy check.required"),
        keys(rules().check(unit)));
  }

  @Test
  void anAddressOrContactIsInAllThreeLanguagesOrNone() {
    var unit = newUnit().address(new Texts("רחוב הרצל 1", null, null)).build();
    assertEquals(
        Set.of("address.ar check.textMissing", "address.en check.textMissing"),
        keys(rules().check(unit)));
    unit = newUnit().contactPerson(new Texts("x".repeat(251), "x", "x")).build();
    assertOnly("contactPerson.he check.textTooLong", rules().check(unit));
  }

  @Test
  void phonesAndEmailLookLikePhonesAndEmail() {
    var unit = newUnit().phones("call us").email("nobody").build();
    assertEquals(Set.of("phones check.phones", "email check.email"), keys(rules().check(unit)));
    unit = newUnit().email("a@b.org,").policy(AssignmentPolicy.ROUND_ROBIN).build();
    assertOnly("email check.email", rules().check(unit));
    unit =
        newUnit()
            .phones("057-795-5150, 08-628-9073")
            .email("pnina-t@ramat-gan.muni.il, second@example.org")
            .policy(AssignmentPolicy.ROUND_ROBIN)
            .build();
    assertEquals(List.of(), rules().check(unit));
  }

  @Test
  void theIntakeDeskStaysActive() {
    var desk =
        aUnit("COMMUNITY_WORK")
            .id(DESK)
            .kind(UnitKind.COMMUNITY_WORK)
            .intakeDesk()
            .inactive()
            .build();
    assertOnly("active check.intakeDeskStays", rules().check(desk));
  }

  @Test
  void aUnitThatRulesRouteToStaysActive() {
    List<Violation> found = rules().check(mediationUnit().inactive().build());
    assertOnly("active check.unitHasRules", found);
    assertEquals(List.of(1), found.get(0).args());
  }

  @Test
  void aUnitOwningSealedTypesKeepsAKindThatMayOwnThem() {
    var unit = aUnit("PROTECTION_ALUMA").id(PROTECTION_ALUMA).kind(UnitKind.EMBRACE_TEAM);
    assertOnly("kind check.unitOwnsSealed", rules().check(unit.build()));
  }

  @Test
  void theCatalogueHasExactlyOneActiveIntakeDesk() {
    units.add(aUnit("SECOND_DESK").id(60L).kind(UnitKind.COMMUNITY_WORK).intakeDesk().build());
    assertOnly("intakeDesk check.oneIntakeDesk", rules().checkAll(List.of()));
  }

  // request types

  @Test
  void aTypeCodeFollowsThePatternAndIsUnique() {
    assertOnly("code check.codePattern", rules().check(aType("rights").build()));
    assertOnly("code check.codeTaken", rules().check(aType("MEDIATION").build()));
    assertEquals(List.of(), rules().check(aType("MEDIATION").id(MEDIATION).restricted().build()));
  }

  @Test
  void aTypeHasNameAndDescriptionInAllThreeLanguagesAndALevel() {
    var type =
        aType("NEW_TYPE")
            .name(new Texts(null, "اسم", "Name"))
            .description(new Texts("תיאור", "وصف", "x".repeat(1001)))
            .confidentiality(null)
            .build();
    assertEquals(
        Set.of(
            "name.he check.textMissing",
            "description.en check.textTooLong",
            "confidentiality check.required"),
        keys(rules().check(type)));
  }

  @Test
  void onlyASealedTypeMayBeAnonymous() {
    var type = aType("NEW_TYPE").restricted().anonymous(true).build();
    assertOnly("anonymousAllowed check.anonymousOnlySealed", rules().check(type));
  }

  @Test
  void targetsAreWithinBounds() {
    var type = aType("NEW_TYPE").firstResponseHours(0).resolutionHours(365 * 8 + 1).build();
    assertEquals(
        Set.of("firstResponseHours check.range", "resolutionHours check.range"),
        keys(rules().check(type)));
  }

  @Test
  void aTypeHasFieldsWithDistinctWellFormedCodesAndLabels() {
    assertOnly("fields check.noFields", rules().check(aType("NEW_TYPE").withoutFields().build()));
    assertOnly(
        "fields.1.code check.codeTwice",
        rules().check(aType("NEW_TYPE").withField(aField("a1")).withField(aField("a1")).build()));
    assertOnly(
        "fields.0.code check.fieldCodePattern",
        rules().check(aType("NEW_TYPE").withField(aField("Topic")).build()));
    var unlabelled =
        aField("topic")
            .optional()
            .maxLength(null)
            .label(new Texts("נושא", "الموضوع", ""))
            .hint(new Texts("רמז", null, null));
    assertEquals(
        Set.of(
            "fields.0.label.en check.textMissing",
            "fields.0.hint.ar check.textMissing",
            "fields.0.hint.en check.textMissing"),
        keys(rules().check(aType("NEW_TYPE").withField(unlabelled).build())));
    var untyped = aField("topic").datatype(null).optional();
    assertOnly(
        "fields.0.datatype check.required",
        rules().check(aType("NEW_TYPE").withField(untyped).build()));
  }

  @Test
  void aChoiceFieldHasAtLeastTwoDistinctOptionsAndOtherFieldsNone() {
    assertOnly(
        "fields.0.options check.optionsNeeded",
        rules().check(aType("NEW_TYPE").withField(aField("topic").choice("ONLY")).build()));
    assertOnly(
        "fields.0.options.1.code check.codeTwice",
        rules().check(aType("NEW_TYPE").withField(aField("topic").choice("A1", "A1")).build()));
    assertOnly(
        "fields.0.options.0.code check.codePattern",
        rules().check(aType("NEW_TYPE").withField(aField("topic").choice("a", "B1")).build()));
    var textWithOptions =
        aField("topic").datatype(FieldDatatype.NUMBER).optional().withOptions("A1");
    assertOnly(
        "fields.0.options check.noOptions",
        rules().check(aType("NEW_TYPE").withField(textWithOptions).build()));
    var unlabelledOption =
        aField("topic")
            .datatype(FieldDatatype.MULTI_CHOICE)
            .optional()
            .withOptions("A1")
            .withOption("B1", Texts.NONE);
    assertEquals(3, rules().check(aType("NEW_TYPE").withField(unlabelledOption).build()).size());
  }

  @Test
  void aMaximumLengthIsForTextFieldsAndBounded() {
    var number = aField("age").datatype(FieldDatatype.NUMBER).optional().maxLength(3);
    assertOnly(
        "fields.0.maxLength check.maxLengthForText",
        rules().check(aType("NEW_TYPE").withField(number).build()));
    var huge = aField("story").datatype(FieldDatatype.TEXTAREA).optional().maxLength(4001);
    assertOnly(
        "fields.0.maxLength check.range", rules().check(aType("NEW_TYPE").withField(huge).build()));
  }

  @Test
  void anActiveSealedTypeNeedsARouteForAnyLocalityToAUnitThatMayOwnIt() {
    var sealed = aType("NEW_SEALED").sealed().withField(aField("concern"));
    assertOnly("active check.sealedNeedsRoute", rules().check(sealed.build()));
    var inactive = sealed.firstResponseHours(4).resolutionHours(10).inactive().build();
    assertEquals(List.of(), rules().check(inactive), "made inactive first, then routed");
    var mediationMadeSealed = aType("MEDIATION").id(MEDIATION).sealed().withField(aField("other"));
    assertEquals(
        Set.of("confidentiality check.sealedUnit", "active check.sealedNeedsRoute"),
        keys(rules().check(mediationMadeSealed.build())),
        "a type made sealed keeps none of its routes to other units");
  }

  // routing rules

  @Test
  void aRuleNamesAnActiveUnitAndExistingTypeAndLocality() {
    assertOnly("unit check.required", rules().check(mediationRule().toUnit(null).build()));
    assertOnly("unit check.noSuchUnit", rules().check(mediationRule().toUnit(77L).build()));
    assertOnly(
        "unit check.unitInactive", rules().check(mediationRule().toUnit(CLOSED_UNIT).build()));
    assertOnly("type check.noSuchType", rules().check(mediationRule().forType(77L).build()));
    assertOnly(
        "locality check.noSuchLocality", rules().check(mediationRule().inLocality(77L).build()));
    assertOnly("priority check.range", rules().check(mediationRule().priority(0).build()));
    assertEquals(List.of(), rules().check(mediationRule().build()));
    assertEquals(List.of(), rules().check(mediationRule().forType(null).build()));
  }

  @Test
  void noTwoActiveRulesHaveTheSameMatch() {
    var sameMatch = aRule().forType(MEDIATION).toUnit(SOCIAL).priority(50);
    assertOnly("type check.sameMatch", rules().check(sameMatch.build()));
    assertEquals(List.of(), rules().check(sameMatch.inactive().build()));
    var itself = aRule().id(1L).forType(MEDIATION).toUnit(SOCIAL).priority(50).build();
    assertEquals(List.of(), rules().check(itself), "the rule itself");
  }

  @Test
  void aSealedTypeIsRoutedOnlyToUnitsThatMayOwnSealedCases() {
    var protection = aRule().forType(PROTECTION).inLocality(1L);
    assertOnly("unit check.sealedUnit", rules().check(protection.toUnit(MEDIATION_UNIT).build()));
    assertEquals(List.of(), rules().check(protection.toUnit(PROTECTION_ALUMA).build()));
  }

  @Test
  void theLastRouteOfASealedTypeForAnyLocalityStays() {
    assertOnly(
        "active check.sealedNeedsRoute", rules().check(lastSealedRoute().inactive().build()));
    assertOnly(
        "active check.sealedNeedsRoute", rules().check(lastSealedRoute().inLocality(1L).build()));
    assertEquals(
        List.of(), rules().check(alumaRoute().inactive().build()), "a settlement's rule may go");
  }

  // canned replies

  @Test
  void aCannedReplyHasALanguageATitleAndABodyOfBoundedLength() {
    assertEquals(
        List.of(), rules().check(aReply().language("ar").title("عنوان").body("نص").build()));
    assertEquals(
        List.of(), rules().check(aReply().language("ru").build()), "a reply to Russian speakers");
    assertOnly("language check.language", rules().check(aReply().language("xx").build()));
    assertOnly("language check.language", rules().check(aReply().language(null).build()));
    assertOnly("title check.textMissing", rules().check(aReply().title(" ").build()));
    assertOnly("title check.textTooLong", rules().check(aReply().title("x".repeat(121)).build()));
    assertOnly("body check.textTooLong", rules().check(aReply().body("x".repeat(2001)).build()));
  }

  @Test
  void aCannedReplyBelongsToAnActiveUnitOrAll() {
    assertEquals(List.of(), rules().check(aReply().forUnit(MEDIATION_UNIT).build()));
    assertOnly("unit check.noSuchUnit", rules().check(aReply().forUnit(77L).build()));
    assertOnly("unit check.unitInactive", rules().check(aReply().forUnit(CLOSED_UNIT).build()));
  }

  @Test
  void checkingTheWholeCatalogueNamesWhatEachViolationConcerns() {
    types.add(aType("BROKEN").id(70L).withoutFields().build());
    List<Violation> found = rules().checkAll(List.of(aReply().id(5L).language("xx").build()));
    assertEquals(
        Set.of("type BROKEN: fields check.noFields", "reply 5: language check.language"),
        keys(found));
    assertTrue(found.stream().allMatch(v -> v.key().startsWith("check.")));
  }
}
