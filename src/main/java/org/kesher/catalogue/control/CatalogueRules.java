package org.kesher.catalogue.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kesher.ground.control.EmailAddress;
import org.kesher.ground.control.Israel;
import org.kesher.ground.control.Language;

/**
 * The one set of rules for the catalogue, the same for the seed migrations and for what an
 * administrator saves: codes, names in Hebrew, Arabic and English, confidentiality, form fields and
 * their options, routing rules and canned replies. Each check answers the list of violations, each
 * with the input it concerns and a message key of the staff bundles; an empty list means the change
 * may be saved.
 *
 * <p>Sealed request types (DOMAIN.md: a protection contact goes to the settlement's protection
 * team, else to the social-services department, and for everyone else the case does not exist) are
 * held to more: only units that may own sealed cases (protection teams, social services) are routed
 * to, an active sealed type always has an active routing rule for any locality so that none lands
 * at the intake desk, where intake coordinators work across units. Anonymous submission is allowed
 * for sealed types only, as in the catalogue of DOMAIN.md: for the other levels the unit must be
 * able to reach the resident. No change may leave a unit with staff unable to see the sealed cases
 * sent to it ({@link SealedCaseCover}).
 */
public final class CatalogueRules {

  /** What is wrong, with which input ("code", "name.he", "fields.2.options"...). */
  public record Violation(String field, String key, List<Object> args) {

    Violation(String field, String key) {
      this(field, key, List.of());
    }
  }

  public static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");
  public static final Pattern FIELD_CODE = Pattern.compile("[a-z][a-z0-9_]{1,39}");
  private static final Pattern PHONES = Pattern.compile("[0-9+()\\-, ]*[0-9][0-9+()\\-, ]*");

  static final int UNIT_NAME = 160;
  static final int UNIT_SERVICES = 1000;
  static final int CONTACT = 250;
  static final int TYPE_NAME = 160;
  static final int TYPE_DESCRIPTION = 1000;
  static final int LABEL = 250;
  static final int HINT = 500;
  static final int FIELD_MAX_LENGTH = Israel.LONG_TEXT;
  static final int REPLY_TITLE = 120;
  static final int REPLY_BODY = 2000;
  static final int MAX_HOURS = 720;
  static final int MAX_DAYS = 365;
  static final int MAX_PRIORITY = 1000;

  private final CatalogueSnapshot catalogue;

  public CatalogueRules(CatalogueSnapshot catalogue) {
    this.catalogue = catalogue;
  }

  /** A unit, new or changed, against the rest of the catalogue. */
  public List<Violation> check(UnitDraft unit) {
    var found = new Found();
    found.code(unit.code(), CODE, "code");
    if (unit.code() != null
        && catalogue.units().stream()
            .anyMatch(u -> !Objects.equals(u.id(), unit.id()) && unit.code().equals(u.code()))) {
      found.add("code", "check.codeTaken");
    }
    found.chosen(unit.kind(), "kind");
    found.chosen(unit.assignmentPolicy(), "assignmentPolicy");
    found.allThree(unit.name(), "name", UNIT_NAME);
    found.allThree(unit.services(), "services", UNIT_SERVICES);
    found.optionalThree(unit.address(), "address", CONTACT);
    found.optionalThree(unit.contactPerson(), "contactPerson", CONTACT);
    if (!Texts.blank(unit.phones())) {
      found.longest(unit.phones(), "phones", CONTACT);
      if (!PHONES.matcher(unit.phones().strip()).matches()) {
        found.add("phones", "check.phones");
      }
    }
    if (!Texts.blank(unit.email())) {
      found.longest(unit.email(), "email", CONTACT);
      // one address or several, separated by commas, as the seed gives some centres
      if (!java.util.Arrays.stream(unit.email().split(",", -1))
          .allMatch(address -> EmailAddress.isPlausible(address.strip()))) {
        found.add("email", "check.email");
      }
    }
    if (unit.intakeDesk() && !unit.active()) {
      found.add("active", "check.intakeDeskStays");
    }
    if (unit.id() != null) {
      List<RuleDraft> routedHere =
          catalogue.rules().stream()
              .filter(r -> r.active() && unit.id().equals(r.unitId()))
              .toList();
      if (!unit.active() && !routedHere.isEmpty()) {
        found.add("active", "check.unitHasRules", routedHere.size());
      }
      if (!unit.mayOwnSealedCases()
          && routedHere.stream()
              .anyMatch(r -> type(r.requestTypeId()).filter(TypeDraft::isSealed).isPresent())) {
        found.add("kind", "check.unitOwnsSealed");
      }
      if (SealedCaseCover.blindedBy(catalogue, catalogue.with(unit)).contains(unit.id())) {
        found.add("assignmentPolicy", "check.sealedUnseen");
      }
    }
    return found.list;
  }

  /** A request type with its fields and options, new or changed, against the catalogue. */
  public List<Violation> check(TypeDraft type) {
    var found = new Found();
    found.code(type.code(), CODE, "code");
    if (type.code() != null
        && catalogue.types().stream()
            .anyMatch(t -> !Objects.equals(t.id(), type.id()) && type.code().equals(t.code()))) {
      found.add("code", "check.codeTaken");
    }
    found.allThree(type.name(), "name", TYPE_NAME);
    found.allThree(type.description(), "description", TYPE_DESCRIPTION);
    found.chosen(type.confidentiality(), "confidentiality");
    if (type.anonymousAllowed() && !type.isSealed()) {
      found.add("anonymousAllowed", "check.anonymousOnlySealed");
    }
    if (type.firstResponseHours() < 1 || type.firstResponseHours() > MAX_HOURS) {
      found.add("firstResponseHours", "check.range", 1, MAX_HOURS);
    }
    if (type.resolutionDays() < 1 || type.resolutionDays() > MAX_DAYS) {
      found.add("resolutionDays", "check.range", 1, MAX_DAYS);
    }
    checkFields(type.fields(), found);
    if (type.isSealed()) {
      List<RuleDraft> rules =
          type.id() == null
              ? List.of()
              : catalogue.rules().stream()
                  .filter(r -> r.active() && type.id().equals(r.requestTypeId()))
                  .toList();
      if (rules.stream()
          .anyMatch(r -> unit(r.unitId()).filter(UnitDraft::mayOwnSealedCases).isEmpty())) {
        found.add("confidentiality", "check.sealedUnit");
      }
      if (type.active() && !hasSealedCatchAll(type.id(), catalogue)) {
        found.add("active", "check.sealedNeedsRoute");
      }
      if (type.id() != null
          && !SealedCaseCover.blindedBy(catalogue, catalogue.with(type)).isEmpty()) {
        found.add("confidentiality", "check.sealedUnseen");
      }
    }
    return found.list;
  }

  private static void checkFields(List<FieldDraft> fields, Found found) {
    if (fields == null || fields.isEmpty()) {
      found.add("fields", "check.noFields");
      return;
    }
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < fields.size(); i++) {
      FieldDraft field = fields.get(i);
      String at = "fields." + i + ".";
      found.code(field.code(), FIELD_CODE, at + "code");
      if (field.code() != null && !codes.add(field.code())) {
        found.add(at + "code", "check.codeTwice");
      }
      found.allThree(field.label(), at + "label", LABEL);
      found.optionalThree(field.hint(), at + "hint", HINT);
      found.chosen(field.datatype(), at + "datatype");
      if (field.datatype() == null) {
        continue;
      }
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
        found.code(option.code(), CODE, o + "code");
        if (option.code() != null && !optionCodes.add(option.code())) {
          found.add(o + "code", "check.codeTwice");
        }
        found.allThree(option.label(), o + "label", LABEL);
      }
    }
  }

  /** A routing rule, new or changed (switched off included), against the catalogue. */
  public List<Violation> check(RuleDraft rule) {
    var found = new Found();
    Optional<UnitDraft> unit = unit(rule.unitId());
    Optional<TypeDraft> type = type(rule.requestTypeId());
    if (rule.unitId() == null) {
      found.add("unit", "check.required");
    } else if (unit.isEmpty()) {
      found.add("unit", "check.noSuchUnit");
    } else if (rule.active() && !unit.get().active()) {
      found.add("unit", "check.unitInactive");
    }
    if (rule.requestTypeId() != null && type.isEmpty()) {
      found.add("type", "check.noSuchType");
    }
    if (rule.localityId() != null && !catalogue.localityIds().contains(rule.localityId())) {
      found.add("locality", "check.noSuchLocality");
    }
    if (rule.priority() < 1 || rule.priority() > MAX_PRIORITY) {
      found.add("priority", "check.range", 1, MAX_PRIORITY);
    }
    if (rule.active()
        && catalogue.rules().stream()
            .anyMatch(
                r -> r.active() && !Objects.equals(r.id(), rule.id()) && r.sameMatchAs(rule))) {
      found.add("type", "check.sameMatch");
    }
    if (rule.active()
        && type.filter(TypeDraft::isSealed).isPresent()
        && unit.filter(UnitDraft::mayOwnSealedCases).isEmpty()
        && unit.isPresent()) {
      found.add("unit", "check.sealedUnit");
    }
    CatalogueSnapshot after = catalogue.with(rule);
    if (!SealedCaseCover.blindedBy(catalogue, after).isEmpty()) {
      found.add("unit", "check.sealedUnseen");
    }
    if (rule.id() != null) {
      catalogue.rules().stream()
          .filter(r -> rule.id().equals(r.id()))
          .findFirst()
          .flatMap(before -> type(before.requestTypeId()))
          .filter(t -> t.isSealed() && t.active() && !hasSealedCatchAll(t.id(), after))
          .ifPresent(t -> found.add("active", "check.sealedNeedsRoute"));
    }
    return found.list;
  }

  /** A canned reply. */
  public List<Violation> check(ReplyDraft reply) {
    var found = new Found();
    if (reply.language() == null
        || Language.fromCode(reply.language())
            .filter(l -> l.code().equals(reply.language()))
            .isEmpty()) {
      found.add("language", "check.language");
    }
    if (reply.unitId() != null) {
      Optional<UnitDraft> unit = unit(reply.unitId());
      if (unit.isEmpty()) {
        found.add("unit", "check.noSuchUnit");
      } else if (!unit.get().active()) {
        found.add("unit", "check.unitInactive");
      }
    }
    found.present(reply.title(), "title", REPLY_TITLE);
    found.present(reply.body(), "body", REPLY_BODY);
    return found.list;
  }

  /**
   * The whole catalogue at once, as the seed migrations leave it: every unit, type, rule and reply,
   * and exactly one active intake desk. Each violation's field is prefixed with what it concerns
   * ("unit MEDIATION: name.ar").
   */
  public List<Violation> checkAll(List<ReplyDraft> replies) {
    List<Violation> all = new ArrayList<>();
    for (UnitDraft unit : catalogue.units()) {
      all.addAll(prefixed("unit " + unit.code(), check(unit)));
    }
    for (TypeDraft type : catalogue.types()) {
      all.addAll(prefixed("type " + type.code(), check(type)));
    }
    for (RuleDraft rule : catalogue.rules()) {
      all.addAll(prefixed("rule " + rule.id(), check(rule)));
    }
    for (ReplyDraft reply : replies) {
      all.addAll(prefixed("reply " + reply.id(), check(reply)));
    }
    long desks = catalogue.units().stream().filter(u -> u.intakeDesk() && u.active()).count();
    if (desks != 1) {
      all.add(new Violation("intakeDesk", "check.oneIntakeDesk"));
    }
    return all;
  }

  private static List<Violation> prefixed(String what, List<Violation> found) {
    return found.stream()
        .map(v -> new Violation(what + ": " + v.field(), v.key(), v.args()))
        .toList();
  }

  private boolean hasSealedCatchAll(Long typeId, CatalogueSnapshot in) {
    if (typeId == null) {
      return false;
    }
    Map<Long, UnitDraft> units =
        in.units().stream()
            .collect(Collectors.toMap(UnitDraft::id, Function.identity(), (a, b) -> a));
    return in.rules().stream()
        .anyMatch(
            r ->
                r.active()
                    && typeId.equals(r.requestTypeId())
                    && r.localityId() == null
                    && units.containsKey(r.unitId())
                    && units.get(r.unitId()).active()
                    && units.get(r.unitId()).mayOwnSealedCases());
  }

  private Optional<UnitDraft> unit(Long id) {
    return id == null
        ? Optional.empty()
        : catalogue.units().stream().filter(u -> id.equals(u.id())).findFirst();
  }

  private Optional<TypeDraft> type(Long id) {
    return id == null
        ? Optional.empty()
        : catalogue.types().stream().filter(t -> id.equals(t.id())).findFirst();
  }

  /** The violations found so far, and the checks every kind of entry shares. */
  private static final class Found {
    final List<Violation> list = new ArrayList<>();

    void add(String field, String key, Object... args) {
      list.add(new Violation(field, key, List.of(args)));
    }

    void code(String code, Pattern pattern, String field) {
      if (code == null || !pattern.matcher(code).matches()) {
        add(field, pattern == CODE ? "check.codePattern" : "check.fieldCodePattern");
      }
    }

    void chosen(Object value, String field) {
      if (value == null) {
        add(field, "check.required");
      }
    }

    void present(String text, String field, int limit) {
      if (Texts.blank(text)) {
        add(field, "check.textMissing");
      } else {
        longest(text, field, limit);
      }
    }

    void longest(String text, String field, int limit) {
      if (text.strip().length() > limit) {
        add(field, "check.textTooLong", limit);
      }
    }

    void allThree(Texts texts, String field, int limit) {
      Texts given = texts == null ? Texts.NONE : texts;
      for (Language language : Language.values()) {
        present(given.in(language), field + "." + language.code(), limit);
      }
    }

    /** All three or none: a translation missing would show the Hebrew one to Arabic readers. */
    void optionalThree(Texts texts, String field, int limit) {
      if (texts != null && !texts.isEmpty()) {
        allThree(texts, field, limit);
      }
    }
  }
}
