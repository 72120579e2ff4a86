package org.kesher.cases.control;

import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.catalogue.entity.Confidentiality;

/**
 * Who may act on a case, beyond who may see it (the visibility rule): plain rules over the viewer
 * and the case, covered by {@code CasePermissionsTest}.
 */
public final class CasePermissions {

  private CasePermissions() {}

  /** Whether the viewer belongs to the case's unit: only its members act on its cases. */
  public static boolean mayAct(Viewer viewer, long unitId) {
    return viewer.memberOf().contains(unitId);
  }

  /**
   * Only the owning unit's members act on a case; those who may only read it (intake coordinators,
   * department managers) may not.
   */
  public static void requireMember(Viewer viewer, CaseFile c) {
    if (!mayAct(viewer, c.unit().id())) {
      throw new CaseRuleViolation("case.notMember", "only the unit's members act on its cases");
    }
  }

  /** A sealed case is given on only by the unit's head or its caseworker. */
  public static boolean mayGiveAway(
      Viewer viewer, long unitId, Confidentiality confidentiality, Long assigneeId) {
    return confidentiality != Confidentiality.SEALED
        || viewer.heads().contains(unitId)
        || (assigneeId != null && assigneeId == viewer.staffId());
  }

  static boolean mayGiveAway(Viewer viewer, CaseFile c) {
    return mayGiveAway(
        viewer, c.unit().id(), c.confidentiality(), c.assignee().map(a -> a.id()).orElse(null));
  }

  /**
   * Whether the viewer may give the case to {@code worker}: an enabled member of the case's unit; a
   * sealed case only by the unit's head or its caseworker, since the new caseworker will see it.
   */
  static boolean mayAssign(Viewer viewer, CaseFile c, StaffAccount worker) {
    if (worker == null
        || !worker.isEnabled()
        || worker.memberships().stream().noneMatch(m -> m.unit().id().equals(c.unit().id()))) {
      return false;
    }
    return mayGiveAway(viewer, c);
  }
}
