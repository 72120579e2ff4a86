package org.kesher.catalogue.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kesher.catalogue.control.CatalogueRules.Violation;
import org.kesher.ground.control.Israel;

/**
 * The rules for a request type and its form: code, names, confidentiality, response targets, the
 * fields and their options; and for a sealed type, that it goes only to units that may own sealed
 * cases, always has a route for any locality while active, and is seen by someone where it lands.
 */
record RequestTypeRules(CatalogueSnapshot catalogue) {

  static final int TYPE_NAME = 160;
  static final int TYPE_DESCRIPTION = 1000;
  static final int LABEL = 250;
  static final int HINT = 500;
  static final int FIELD_MAX_LENGTH = Israel.LONG_TEXT;
  static final int MAX_HOURS = 720;
  static final int MAX_RESOLUTION_HOURS = 365 * 8;

  /** A request type with its fields and options, new or changed, against the catalogue. */
  List<Violation> check(TypeDraft type) {
    var found = new Findings();
    found.uniqueCode(type.code(), type.id(), catalogue.types(), TypeDraft::id, TypeDraft::code);
    found.allThree(type.name(), "name", TYPE_NAME);
    found.allThree(type.description(), "description", TYPE_DESCRIPTION);
    found.chosen(type.confidentiality(), "confidentiality");
    if (type.anonymousAllowed() && !type.isSealed()) {
      found.add("anonymousAllowed", "check.anonymousOnlySealed");
    }
    if (type.firstResponseHours() < 1 || type.firstResponseHours() > MAX_HOURS) {
      found.add("firstResponseHours", "check.range", 1, MAX_HOURS);
    }
    if (type.resolutionHours() < 1 || type.resolutionHours() > MAX_RESOLUTION_HOURS) {
      found.add("resolutionHours", "check.range", 1, MAX_RESOLUTION_HOURS);
    }
    checkFields(type.fields(), found);
    if (type.isSealed()) {
      checkSealed(type, found);
    }
    return found.list();
  }

  /** Where a sealed type goes, and who sees it there. */
  private void checkSealed(TypeDraft type, Findings found) {
    List<RuleDraft> rules =
        type.id() == null
            ? List.of()
            : catalogue.rules().stream()
                .filter(r -> r.active() && type.id().equals(r.requestTypeId()))
                .toList();
    if (rules.stream()
        .anyMatch(r -> catalogue.unit(r.unitId()).filter(UnitDraft::mayOwnSealedCases).isEmpty())) {
      found.add("confidentiality", "check.sealedUnit");
    }
    if (type.active() && !catalogue.hasSealedCatchAll(type.id())) {
      found.add("active", "check.sealedNeedsRoute");
    }
    if (type.id() != null
        && !SealedCaseCover.blindedBy(catalogue, catalogue.with(type)).isEmpty()) {
      found.add("confidentiality", "check.sealedUnseen");
    }
  }

  private static void checkFields(List<FieldDraft> fields, Findings found) {
    if (fields == null || fields.isEmpty()) {
      found.add("fields", "check.noFields");
      return;
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldDraft field = fields.get(i);
      String at = "fields." + i + ".";
      found.code(field.code(), CatalogueRules.FIELD_CODE, at + "code");
      if (field.code() != null && !codes.add(field.code())) {
        found.add(at + "code", "check.codeTwice");
      }
      found.allThree(field.label(), at + "label", LABEL);
      found.optionalThree(field.hint(), at + "hint", HINT);
      found.chosen(field.datatype(), at + "datatype");
      if (field.datatype() != null) {
        checkTyped(field, at, found);
      }
    }
  }

  /** What a field's datatype asks of its options and length, and the options themselves. */
  private static void checkTyped(FieldDraft field, String at, Findings found) {
    List<OptionDraft> options = field.options() == null ? List.of() : field.options();
    if (field.datatype().hasOptions()) {
      if (options.size() < 2) {
        found.add(at + "options", "check.optionsNeeded");
      }
    } else if (!options.isEmpty()) {
      found.add(at + "options", "check.noOptions");
    }
    if (field.maxLength() != null) {
      if (!field.datatype().name().startsWith("TEXT")) {
        found.add(at + "maxLength", "check.maxLengthForText");
      } else if (field.maxLength() < 1 || field.maxLength() > FIELD_MAX_LENGTH) {
        found.add(at + "maxLength", "check.range", 1, FIELD_MAX_LENGTH);
      }
    }
    Set<String> optionCodes = new HashSet<>();
    for (int j = 0; j < options.size(); j++) {
      OptionDraft option = options.get(j);
      String o = at + "options." + j + ".";
      found.code(option.code(), CatalogueRules.CODE, o + "code");
      if (option.code() != null && !optionCodes.add(option.code())) {
        found.add(o + "code", "check.codeTwice");
      }
      found.allThree(option.label(), o + "label", LABEL);
    }
  }
}
