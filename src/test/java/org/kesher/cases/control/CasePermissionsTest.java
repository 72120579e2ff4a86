package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.kesher.access.entity.StaffRole;
import org.kesher.catalogue.entity.Confidentiality;

class CasePermissionsTest {

  private static final long UNIT = 7;
  private static final long OTHER_UNIT = 8;
  private static final Viewer MEMBER =
      new Viewer(1, Set.of(StaffRole.CASEWORKER), Set.of(UNIT), Set.of());
  private static final Viewer HEAD =
      new Viewer(2, Set.of(StaffRole.CASEWORKER), Set.of(UNIT), Set.of(UNIT));
  private static final Viewer MANAGER =
      new Viewer(3, Set.of(StaffRole.DEPARTMENT_MANAGER), Set.of(), Set.of());

  @Test
  void onlyTheUnitsMembersActOnItsCases() {
    assertTrue(CasePermissions.mayAct(MEMBER, UNIT));
    assertTrue(CasePermissions.mayAct(HEAD, UNIT));
    assertFalse(CasePermissions.mayAct(MEMBER, OTHER_UNIT), "another unit's case");
    assertFalse(CasePermissions.mayAct(MANAGER, UNIT), "a manager reads, does not act");
  }

  @Test
  void aSealedCaseIsGivenOnOnlyByTheHeadOrItsCaseworker() {
    for (Confidentiality open :
        new Confidentiality[] {Confidentiality.STANDARD, Confidentiality.RESTRICTED}) {
      assertTrue(CasePermissions.mayGiveAway(MEMBER, UNIT, open, null), open + " by any member");
      assertTrue(CasePermissions.mayGiveAway(MEMBER, UNIT, open, 99L), open + " of a colleague");
    }
    var sealed = Confidentiality.SEALED;
    assertTrue(CasePermissions.mayGiveAway(HEAD, UNIT, sealed, null), "the unit's head");
    assertTrue(CasePermissions.mayGiveAway(HEAD, UNIT, sealed, 99L), "the head, a colleague's");
    assertTrue(CasePermissions.mayGiveAway(MEMBER, UNIT, sealed, 1L), "its own caseworker");
    assertFalse(CasePermissions.mayGiveAway(MEMBER, UNIT, sealed, 99L), "another's sealed case");
    assertFalse(CasePermissions.mayGiveAway(MEMBER, UNIT, sealed, null), "an unassigned one");
    assertFalse(
        CasePermissions.mayGiveAway(HEAD, OTHER_UNIT, sealed, null), "the head of another unit");
  }
}
