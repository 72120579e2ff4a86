package org.kesher.catalogue.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one set of rules for the catalogue, the same for the seed migrations and for what an
 * administrator saves: codes, names in Hebrew, Arabic and English, confidentiality, form fields and
 * their options, routing rules and canned replies. Each check answers the list of violations, each
 * with the input it concerns and a message key of the staff bundles; an empty list means the change
 * may be saved. Each kind of entry has its own rules ({@link UnitRules}, {@link RequestTypeRules},
 * {@link RoutingRules}, {@link CannedReplyRules}); this class is where callers ask for them.
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

  private final CatalogueSnapshot catalogue;

  public CatalogueRules(CatalogueSnapshot catalogue) {
    this.catalogue = catalogue;
  }

  /** A unit, new or changed, against the rest of the catalogue. */
  public List<Violation> check(UnitDraft unit) {
    return new UnitRules(catalogue).check(unit);
  }

  /** A request type with its fields and options, new or changed, against the catalogue. */
  public List<Violation> check(TypeDraft type) {
    return new RequestTypeRules(catalogue).check(type);
  }

  /** A routing rule, new or changed (switched off included), against the catalogue. */
  public List<Violation> check(RuleDraft rule) {
    return new RoutingRules(catalogue).check(rule);
  }

  /** A canned reply. */
  public List<Violation> check(ReplyDraft reply) {
    return new CannedReplyRules(catalogue).check(reply);
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
}
