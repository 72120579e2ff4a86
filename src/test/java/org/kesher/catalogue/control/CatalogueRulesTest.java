package org.kesher.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.kesher.catalogue.control.CatalogueRules.Violation;
import org.kesher.catalogue.entity.AssignmentPolicy;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.FieldDatatype;
import org.kesher.catalogue.entity.UnitKind;

/** Every rule of the catalogue, on small drafts: each test breaks one thing and names the key. */
class CatalogueRulesTest {

  static final Texts NAMES = new Texts("שם", "اسم", "Name");
  static final long DESK = 1;
  static final long SOCIAL = 2;
  static final long MEDIATION_UNIT = 4;
  static final long PROTECTION_ALUMA = 8;
  static final long CLOSED_UNIT = 9;
  static final long MEDIATION = 2;
  static final long PROTECTION = 3;
  static final long ALUMA = 12;

  static UnitDraft unit(long id, String code, UnitKind kind) {
    return new UnitDraft(
        id,
        code,
        kind,
        NAMES,
        NAMES,
        Texts.NONE,
        Texts.NONE,
        null,
        null,
        AssignmentPolicy.LEAST_OPEN,
        false,
        true);
  }

  static FieldDraft text(String code) {
    return new FieldDraft(code, FieldDatatype.TEXT, true, 200, NAMES, Texts.NONE, List.of());
  }

  static FieldDraft choice(String code, String... options) {
    return new FieldDraft(
        code,
        FieldDatatype.CHOICE,
        true,
        null,
        NAMES,
        Texts.NONE,
        java.util.Arrays.stream(options).map(o -> new OptionDraft(o, NAMES)).toList());
  }

  static TypeDraft type(Long id, String code, Confidentiality level, FieldDraft... fields) {
    return new TypeDraft(
        id,
        code,
        NAMES,
        NAMES,
        level,
        level == Confidentiality.SEALED,
        24,
        14,
        List.of(fields),
        true);
  }

  private final List<UnitDraft> units =
      new ArrayList<>(
          List.of(
              new UnitDraft(
                  DESK,
                  "COMMUNITY_WORK",
                  UnitKind.COMMUNITY_WORK,
                  NAMES,
                  NAMES,
                  Texts.NONE,
                  Texts.NONE,
                  "0506896855",
                  null,
                  AssignmentPolicy.LEAST_OPEN,
                  true,
                  true),
              unit(SOCIAL, "SOCIAL_SERVICES", UnitKind.SOCIAL_SERVICES),
              unit(MEDIATION_UNIT, "MEDIATION", UnitKind.MEDIATION),
              unit(PROTECTION_ALUMA, "PROTECTION_ALUMA", UnitKind.PROTECTION_TEAM),
              new UnitDraft(
                  CLOSED_UNIT,
                  "CLOSED",
                  UnitKind.SENIORS,
                  NAMES,
                  NAMES,
                  Texts.NONE,
                  Texts.NONE,
                  null,
                  null,
                  AssignmentPolicy.LEAST_OPEN,
                  false,
                  false)));
  private final List<TypeDraft> types =
      new ArrayList<>(
          List.of(
              type(MEDIATION, "MEDIATION", Confidentiality.RESTRICTED, text("other_party_name")),
              type(PROTECTION, "PROTECTION_CONTACT", Confidentiality.SEALED, text("concern"))));
  private final List<RuleDraft> rules =
      new ArrayList<>(
          List.of(
              new RuleDraft(1L, MEDIATION, null, MEDIATION_UNIT, 100, true),
              new RuleDraft(2L, PROTECTION, ALUMA, PROTECTION_ALUMA, 100, true),
              new RuleDraft(3L, PROTECTION, null, SOCIAL, 100, true)));

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
      assertOnly("code check.codePattern", rules().check(unit(50, bad, UnitKind.SENIORS)));
    }
    assertEquals(List.of(), rules().check(unit(50, "NEW_UNIT_2", UnitKind.SENIORS)));
  }

  @Test
  void aUnitCodeIsUniqueButAUnitKeepsItsOwn() {
    assertOnly("code check.codeTaken", rules().check(unit(50, "MEDIATION", UnitKind.MEDIATION)));
    assertEquals(List.of(), rules().check(unit(MEDIATION_UNIT, "MEDIATION", UnitKind.MEDIATION)));
  }

  @Test
  void aUnitHasItsNameAndServicesInAllThreeLanguagesOfBoundedLength() {
    var noArabic = new Texts("שם", " ", "Name");
    var unit =
        new UnitDraft(
            50L,
            "NEW_UNIT",
            UnitKind.SENIORS,
            noArabic,
            NAMES,
            Texts.NONE,
            Texts.NONE,
            null,
            null,
            AssignmentPolicy.LEAST_OPEN,
            false,
            true);
    assertOnly("name.ar check.textMissing", rules().check(unit));
    var longServices = new Texts("x".repeat(1001), "x", "x");
    unit =
        new UnitDraft(
            50L,
            "NEW_UNIT",
            UnitKind.SENIORS,
            NAMES,
            longServices,
            Texts.NONE,
            Texts.NONE,
            null,
            null,
            AssignmentPolicy.LEAST_OPEN,
            false,
            true);
    List<Violation> found = rules().check(unit);
    assertOnly("services.he check.textTooLong", found);
    assertEquals(List.of(1000), found.get(0).args());
  }

  @Test
  void aUnitsKindAndPolicyAreChosen() {
    var unit =
        new UnitDraft(
            50L,
            "NEW_UNIT",
            null,
            NAMES,
            NAMES,
            Texts.NONE,
            Texts.NONE,
            null,
            null,
            null,
            false,
            true);
    assertEquals(
        Set.of("kind check.required", "assignmentPolicy check.required"),
        keys(rules().check(unit)));
  }

  @Test
  void anAddressOrContactIsInAllThreeLanguagesOrNone() {
    var unit =
        new UnitDraft(
            50L,
            "NEW_UNIT",
            UnitKind.SENIORS,
            NAMES,
            NAMES,
            new Texts("רחוב הרצל 1", null, null),
            Texts.NONE,
            null,
            null,
            AssignmentPolicy.LEAST_OPEN,
            false,
            true);
    assertEquals(
        Set.of("address.ar check.textMissing", "address.en check.textMissing"),
        keys(rules().check(unit)));
    unit =
        new UnitDraft(
            50L,
            "NEW_UNIT",
            UnitKind.SENIORS,
            NAMES,
            NAMES,
            Texts.NONE,
            new Texts("x".repeat(251), "x", "x"),
            null,
            null,
            AssignmentPolicy.LEAST_OPEN,
            false,
            true);
    assertOnly("contactPerson.he check.textTooLong", rules().check(unit));
  }

  @Test
  void phonesAndEmailLookLikePhonesAndEmail() {
    var unit =
        new UnitDraft(
            50L,
            "NEW_UNIT",
            UnitKind.SENIORS,
            NAMES,
            NAMES,
            Texts.NONE,
            Texts.NONE,
            "call us",
            "nobody",
            AssignmentPolicy.LEAST_OPEN,
            false,
            true);
    assertEquals(Set.of("phones check.phones", "email check.email"), keys(rules().check(unit)));
    unit =
        new UnitDraft(
            50L,
            "NEW_UNIT",
            UnitKind.SENIORS,
            NAMES,
            NAMES,
            Texts.NONE,
            Texts.NONE,
            null,
            "a@b.org,",
            AssignmentPolicy.ROUND_ROBIN,
            false,
            true);
    assertOnly("email check.email", rules().check(unit));
    unit =
        new UnitDraft(
            50L,
            "NEW_UNIT",
            UnitKind.SENIORS,
            NAMES,
            NAMES,
            Texts.NONE,
            Texts.NONE,
            "057-795-5150, 08-628-9073",
            "pnina-t@ramat-gan.muni.il, second@example.org",
            AssignmentPolicy.ROUND_ROBIN,
            false,
            true);
    assertEquals(List.of(), rules().check(unit));
  }

  @Test
  void theIntakeDeskStaysActive() {
    var desk =
        new UnitDraft(
            DESK,
            "COMMUNITY_WORK",
            UnitKind.COMMUNITY_WORK,
            NAMES,
            NAMES,
            Texts.NONE,
            Texts.NONE,
            null,
            null,
            AssignmentPolicy.LEAST_OPEN,
            true,
            false);
    assertOnly("active check.intakeDeskStays", rules().check(desk));
  }

  @Test
  void aUnitThatRulesRouteToStaysActive() {
    var off =
        new UnitDraft(
            MEDIATION_UNIT,
            "MEDIATION",
            UnitKind.MEDIATION,
            NAMES,
            NAMES,
            Texts.NONE,
            Texts.NONE,
            null,
            null,
            AssignmentPolicy.LEAST_OPEN,
            false,
            false);
    List<Violation> found = rules().check(off);
    assertOnly("active check.unitHasRules", found);
    assertEquals(List.of(1), found.get(0).args());
  }

  @Test
  void aUnitOwningSealedTypesKeepsAKindThatMayOwnThem() {
    assertOnly(
        "kind check.unitOwnsSealed",
        rules().check(unit(PROTECTION_ALUMA, "PROTECTION_ALUMA", UnitKind.EMBRACE_TEAM)));
  }

  @Test
  void theCatalogueHasExactlyOneActiveIntakeDesk() {
    units.add(
        new UnitDraft(
            60L,
            "SECOND_DESK",
            UnitKind.COMMUNITY_WORK,
            NAMES,
            NAMES,
            Texts.NONE,
            Texts.NONE,
            null,
            null,
            AssignmentPolicy.LEAST_OPEN,
            true,
            true));
    assertOnly("intakeDesk check.oneIntakeDesk", rules().checkAll(List.of()));
  }

  // request types

  @Test
  void aTypeCodeFollowsThePatternAndIsUnique() {
    assertOnly(
        "code check.codePattern",
        rules().check(type(null, "rights", Confidentiality.STANDARD, text("topic"))));
    assertOnly(
        "code check.codeTaken",
        rules().check(type(null, "MEDIATION", Confidentiality.STANDARD, text("topic"))));
    assertEquals(
        List.of(),
        rules().check(type(MEDIATION, "MEDIATION", Confidentiality.RESTRICTED, text("topic"))));
  }

  @Test
  void aTypeHasNameAndDescriptionInAllThreeLanguagesAndALevel() {
    var type =
        new TypeDraft(
            null,
            "NEW_TYPE",
            new Texts(null, "اسم", "Name"),
            new Texts("תיאור", "وصف", "x".repeat(1001)),
            null,
            false,
            24,
            14,
            List.of(text("topic")),
            true);
    assertEquals(
        Set.of(
            "name.he check.textMissing",
            "description.en check.textTooLong",
            "confidentiality check.required"),
        keys(rules().check(type)));
  }

  @Test
  void onlyASealedTypeMayBeAnonymous() {
    var type =
        new TypeDraft(
            null,
            "NEW_TYPE",
            NAMES,
            NAMES,
            Confidentiality.RESTRICTED,
            true,
            24,
            14,
            List.of(text("topic")),
            true);
    assertOnly("anonymousAllowed check.anonymousOnlySealed", rules().check(type));
  }

  @Test
  void targetsAreWithinBounds() {
    var type =
        new TypeDraft(
            null,
            "NEW_TYPE",
            NAMES,
            NAMES,
            Confidentiality.STANDARD,
            false,
            0,
            366,
            List.of(text("topic")),
            true);
    assertEquals(
        Set.of("firstResponseHours check.range", "resolutionDays check.range"),
        keys(rules().check(type)));
  }

  @Test
  void aTypeHasFieldsWithDistinctWellFormedCodesAndLabels() {
    assertOnly(
        "fields check.noFields", rules().check(type(null, "NEW_TYPE", Confidentiality.STANDARD)));
    assertOnly(
        "fields.1.code check.codeTwice",
        rules().check(type(null, "NEW_TYPE", Confidentiality.STANDARD, text("a1"), text("a1"))));
    assertOnly(
        "fields.0.code check.fieldCodePattern",
        rules().check(type(null, "NEW_TYPE", Confidentiality.STANDARD, text("Topic"))));
    var unlabelled =
        new FieldDraft(
            "topic",
            FieldDatatype.TEXT,
            false,
            null,
            new Texts("נושא", "الموضوع", ""),
            new Texts("רמז", null, null),
            List.of());
    assertEquals(
        Set.of(
            "fields.0.label.en check.textMissing",
            "fields.0.hint.ar check.textMissing",
            "fields.0.hint.en check.textMissing"),
        keys(rules().check(type(null, "NEW_TYPE", Confidentiality.STANDARD, unlabelled))));
    var untyped = new FieldDraft("topic", null, false, null, NAMES, Texts.NONE, List.of());
    assertOnly(
        "fields.0.datatype check.required",
        rules().check(type(null, "NEW_TYPE", Confidentiality.STANDARD, untyped)));
  }

  @Test
  void aChoiceFieldHasAtLeastTwoDistinctOptionsAndOtherFieldsNone() {
    assertOnly(
        "fields.0.options check.optionsNeeded",
        rules().check(type(null, "NEW_TYPE", Confidentiality.STANDARD, choice("topic", "ONLY"))));
    assertOnly(
        "fields.0.options.1.code check.codeTwice",
        rules()
            .check(type(null, "NEW_TYPE", Confidentiality.STANDARD, choice("topic", "A1", "A1"))));
    assertOnly(
        "fields.0.options.0.code check.codePattern",
        rules()
            .check(type(null, "NEW_TYPE", Confidentiality.STANDARD, choice("topic", "a", "B1"))));
    var textWithOptions =
        new FieldDraft(
            "topic",
            FieldDatatype.NUMBER,
            false,
            null,
            NAMES,
            Texts.NONE,
            List.of(new OptionDraft("A1", NAMES)));
    assertOnly(
        "fields.0.options check.noOptions",
        rules().check(type(null, "NEW_TYPE", Confidentiality.STANDARD, textWithOptions)));
    var unlabelledOption =
        new FieldDraft(
            "topic",
            FieldDatatype.MULTI_CHOICE,
            false,
            null,
            NAMES,
            Texts.NONE,
            List.of(new OptionDraft("A1", NAMES), new OptionDraft("B1", Texts.NONE)));
    assertEquals(
        3,
        rules().check(type(null, "NEW_TYPE", Confidentiality.STANDARD, unlabelledOption)).size());
  }

  @Test
  void aMaximumLengthIsForTextFieldsAndBounded() {
    var number =
        new FieldDraft("age", FieldDatatype.NUMBER, false, 3, NAMES, Texts.NONE, List.of());
    assertOnly(
        "fields.0.maxLength check.maxLengthForText",
        rules().check(type(null, "NEW_TYPE", Confidentiality.STANDARD, number)));
    var huge =
        new FieldDraft("story", FieldDatatype.TEXTAREA, false, 4001, NAMES, Texts.NONE, List.of());
    assertOnly(
        "fields.0.maxLength check.range",
        rules().check(type(null, "NEW_TYPE", Confidentiality.STANDARD, huge)));
  }

  @Test
  void anActiveSealedTypeNeedsARouteForAnyLocalityToAUnitThatMayOwnIt() {
    assertOnly(
        "active check.sealedNeedsRoute",
        rules().check(type(null, "NEW_SEALED", Confidentiality.SEALED, text("concern"))));
    var inactive =
        new TypeDraft(
            null,
            "NEW_SEALED",
            NAMES,
            NAMES,
            Confidentiality.SEALED,
            true,
            4,
            10,
            List.of(text("concern")),
            false);
    assertEquals(List.of(), rules().check(inactive), "made inactive first, then routed");
    assertEquals(
        Set.of("confidentiality check.sealedUnit", "active check.sealedNeedsRoute"),
        keys(rules().check(type(MEDIATION, "MEDIATION", Confidentiality.SEALED, text("other")))),
        "a type made sealed keeps none of its routes to other units");
  }

  // routing rules

  @Test
  void aRuleNamesAnActiveUnitAndExistingTypeAndLocality() {
    assertOnly(
        "unit check.required", rules().check(new RuleDraft(null, MEDIATION, 1L, null, 100, true)));
    assertOnly(
        "unit check.noSuchUnit", rules().check(new RuleDraft(null, MEDIATION, 1L, 77L, 100, true)));
    assertOnly(
        "unit check.unitInactive",
        rules().check(new RuleDraft(null, MEDIATION, 1L, CLOSED_UNIT, 100, true)));
    assertOnly(
        "type check.noSuchType",
        rules().check(new RuleDraft(null, 77L, 1L, MEDIATION_UNIT, 100, true)));
    assertOnly(
        "locality check.noSuchLocality",
        rules().check(new RuleDraft(null, MEDIATION, 77L, MEDIATION_UNIT, 100, true)));
    assertOnly(
        "priority check.range",
        rules().check(new RuleDraft(null, MEDIATION, 1L, MEDIATION_UNIT, 0, true)));
    assertEquals(
        List.of(), rules().check(new RuleDraft(null, MEDIATION, 1L, MEDIATION_UNIT, 100, true)));
    assertEquals(
        List.of(), rules().check(new RuleDraft(null, null, 1L, MEDIATION_UNIT, 100, true)));
  }

  @Test
  void noTwoActiveRulesHaveTheSameMatch() {
    assertOnly(
        "type check.sameMatch",
        rules().check(new RuleDraft(null, MEDIATION, null, SOCIAL, 50, true)));
    assertEquals(List.of(), rules().check(new RuleDraft(null, MEDIATION, null, SOCIAL, 50, false)));
    assertEquals(
        List.of(),
        rules().check(new RuleDraft(1L, MEDIATION, null, SOCIAL, 50, true)),
        "the rule itself");
  }

  @Test
  void aSealedTypeIsRoutedOnlyToUnitsThatMayOwnSealedCases() {
    assertOnly(
        "unit check.sealedUnit",
        rules().check(new RuleDraft(null, PROTECTION, 1L, MEDIATION_UNIT, 100, true)));
    assertEquals(
        List.of(), rules().check(new RuleDraft(null, PROTECTION, 1L, PROTECTION_ALUMA, 100, true)));
  }

  @Test
  void theLastRouteOfASealedTypeForAnyLocalityStays() {
    assertOnly(
        "active check.sealedNeedsRoute",
        rules().check(new RuleDraft(3L, PROTECTION, null, SOCIAL, 100, false)));
    assertOnly(
        "active check.sealedNeedsRoute",
        rules().check(new RuleDraft(3L, PROTECTION, 1L, SOCIAL, 100, true)));
    assertEquals(
        List.of(),
        rules().check(new RuleDraft(2L, PROTECTION, ALUMA, PROTECTION_ALUMA, 100, false)),
        "a settlement's rule may go");
  }

  // canned replies

  @Test
  void aCannedReplyHasALanguageATitleAndABodyOfBoundedLength() {
    assertEquals(List.of(), rules().check(new ReplyDraft(null, null, "ar", "عنوان", "نص")));
    assertOnly(
        "language check.language", rules().check(new ReplyDraft(null, null, "ru", "T", "B")));
    assertOnly(
        "language check.language", rules().check(new ReplyDraft(null, null, null, "T", "B")));
    assertOnly(
        "title check.textMissing", rules().check(new ReplyDraft(null, null, "he", " ", "B")));
    assertOnly(
        "title check.textTooLong",
        rules().check(new ReplyDraft(null, null, "he", "x".repeat(121), "B")));
    assertOnly(
        "body check.textTooLong",
        rules().check(new ReplyDraft(null, null, "he", "T", "x".repeat(2001))));
  }

  @Test
  void aCannedReplyBelongsToAnActiveUnitOrAll() {
    assertEquals(List.of(), rules().check(new ReplyDraft(null, MEDIATION_UNIT, "he", "T", "B")));
    assertOnly("unit check.noSuchUnit", rules().check(new ReplyDraft(null, 77L, "he", "T", "B")));
    assertOnly(
        "unit check.unitInactive",
        rules().check(new ReplyDraft(null, CLOSED_UNIT, "he", "T", "B")));
  }

  @Test
  void checkingTheWholeCatalogueNamesWhatEachViolationConcerns() {
    types.add(type(70L, "BROKEN", Confidentiality.STANDARD));
    List<Violation> found = rules().checkAll(List.of(new ReplyDraft(5L, null, "xx", "T", "B")));
    assertEquals(
        Set.of("type BROKEN: fields check.noFields", "reply 5: language check.language"),
        keys(found));
    assertTrue(found.stream().allMatch(v -> v.key().startsWith("check.")));
  }
}
