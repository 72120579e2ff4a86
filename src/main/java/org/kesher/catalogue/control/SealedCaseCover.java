package org.kesher.catalogue.control;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kesher.catalogue.entity.AssignmentPolicy;

/**
 * No sealed case may land where no one may see it. A sealed case is seen only by the head of its
 * unit and its assigned caseworker (DOMAIN.md), so a unit that receives sealed request types (an
 * active routing rule of an active sealed type points at it) must have a head, or hand new cases
 * out to its members (an assignment policy other than {@link AssignmentPolicy#UNIT_HEAD}) and have
 * members to hand them to.
 *
 * <p>A unit nobody works in yet is not refused: a fresh installation has no staff at all, and the
 * seed sends sealed types to Social Services and the protection teams, which leave sealed cases for
 * their head. Such a unit is {@linkplain #unstaffed reported} on the administrators' units screen
 * until someone joins it. A change is refused when it leaves a unit that has staff unable to see
 * the sealed cases sent to it, and only when it makes it so: a unit already in that state does not
 * block unrelated changes. Removing a unit's last head is the account rules' part ({@code
 * access.control.SealedUnitCover}).
 */
public final class SealedCaseCover {

  private SealedCaseCover() {}

  /** The units that receive sealed request types and have staff, none of whom would see them. */
  public static Set<Long> blind(CatalogueSnapshot in) {
    return receivingSealed(in).stream()
        .filter(unit -> !in.staffingOf(unit).isEmpty() && !covered(in, unit))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The units that receive sealed request types and have no staff yet: reported, not refused. */
  public static Set<Long> unstaffed(CatalogueSnapshot in) {
    return receivingSealed(in).stream()
        .filter(unit -> in.staffingOf(unit).isEmpty())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The units a change from {@code before} to {@code after} would newly leave blind. */
  public static Set<Long> blindedBy(CatalogueSnapshot before, CatalogueSnapshot after) {
    Set<Long> now = blind(after);
    now.removeAll(blind(before));
    return now;
  }

  private static boolean covered(CatalogueSnapshot in, Long unitId) {
    Staffing staffing = in.staffingOf(unitId);
    if (staffing.heads() > 0) {
      return true;
    }
    AssignmentPolicy policy =
        in.units().stream()
            .filter(u -> unitId.equals(u.id()))
            .findFirst()
            .map(UnitDraft::assignmentPolicy)
            .orElse(AssignmentPolicy.UNIT_HEAD);
    return policy != null && policy != AssignmentPolicy.UNIT_HEAD && staffing.members() > 0;
  }

  /** Active units an active rule of an active sealed type routes to. */
  static Set<Long> receivingSealed(CatalogueSnapshot in) {
    Map<Long, TypeDraft> types =
        in.types().stream()
            .filter(t -> t.id() != null)
            .collect(Collectors.toMap(TypeDraft::id, Function.identity(), (a, b) -> a));
    Set<Long> activeUnits =
        in.units().stream()
            .filter(u -> u.id() != null && u.active())
            .map(UnitDraft::id)
            .collect(Collectors.toSet());
    return in.rules().stream()
        .filter(r -> r.active() && r.requestTypeId() != null && r.unitId() != null)
        .filter(r -> activeUnits.contains(r.unitId()))
        .filter(
            r -> {
              TypeDraft type = types.get(r.requestTypeId());
              return type != null && type.active() && type.isSealed();
            })
        .map(RuleDraft::unitId)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
