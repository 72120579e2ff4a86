package org.kesher.cases.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.kesher.catalogue.entity.AssignmentPolicy.LEAST_OPEN;
import static org.kesher.catalogue.entity.AssignmentPolicy.ROUND_ROBIN;
import static org.kesher.catalogue.entity.AssignmentPolicy.UNIT_HEAD;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kesher.cases.control.AssignmentRule.Candidate;
import org.kesher.catalogue.entity.AssignmentPolicy;

class AssignmentRuleTest {

  private static Candidate member(long staffId, long openCases) {
    return new Candidate(staffId, true, openCases);
  }

  private static Candidate disabled(long staffId, long openCases) {
    return new Candidate(staffId, false, openCases);
  }

  private static Optional<Long> choose(AssignmentPolicy policy, Long last, Candidate... members) {
    return AssignmentRule.choose(policy, List.of(members), last);
  }

  @Test
  void leastOpenPicksTheMemberWithTheFewestOpenCases() {
    assertEquals(
        Optional.of(12L), choose(LEAST_OPEN, null, member(11, 4), member(12, 1), member(13, 2)));
  }

  @Test
  void leastOpenBreaksTiesByTheLowerStaffIdWhateverTheOrder() {
    assertEquals(
        Optional.of(7L), choose(LEAST_OPEN, null, member(30, 2), member(9, 2), member(7, 2)));
    assertEquals(Optional.of(7L), choose(LEAST_OPEN, null, member(7, 0), member(9, 0)));
  }

  @Test
  void leastOpenIgnoresTheLastAssignee() {
    assertEquals(Optional.of(5L), choose(LEAST_OPEN, 5L, member(5, 0), member(6, 3)));
  }

  @Test
  void aDisabledAccountIsNeverChosenHoweverIdleItIs() {
    assertEquals(Optional.of(2L), choose(LEAST_OPEN, null, disabled(1, 0), member(2, 9)));
    assertEquals(Optional.of(3L), choose(ROUND_ROBIN, 1L, disabled(2, 0), member(3, 0)));
    assertEquals(Optional.empty(), choose(LEAST_OPEN, null, disabled(1, 0), disabled(2, 0)));
    assertEquals(Optional.empty(), choose(ROUND_ROBIN, null, disabled(1, 0)));
  }

  @Test
  void aUnitWithoutMembersLeavesTheCaseUnassigned() {
    for (AssignmentPolicy policy : AssignmentPolicy.values()) {
      assertEquals(Optional.empty(), choose(policy, null), policy.name());
      assertEquals(Optional.empty(), choose(policy, 4L), policy.name());
    }
  }

  @Test
  void unitHeadPolicyLeavesEveryCaseUnassigned() {
    assertEquals(Optional.empty(), choose(UNIT_HEAD, null, member(1, 0), member(2, 5)));
    assertEquals(Optional.empty(), choose(UNIT_HEAD, 1L, member(1, 0)));
  }

  @Test
  void roundRobinStartsWithTheLowestStaffId() {
    assertEquals(Optional.of(4L), choose(ROUND_ROBIN, null, member(8, 0), member(4, 9)));
  }

  @Test
  void roundRobinGoesToTheNextMemberAfterTheLastAssigneeRegardlessOfLoad() {
    assertEquals(
        Optional.of(8L), choose(ROUND_ROBIN, 4L, member(4, 0), member(8, 50), member(15, 0)));
  }

  @Test
  void roundRobinWrapsAroundAfterTheHighestStaffId() {
    assertEquals(Optional.of(4L), choose(ROUND_ROBIN, 15L, member(15, 0), member(4, 3)));
  }

  @Test
  void roundRobinCarriesOnWhenTheLastAssigneeLeftTheUnit() {
    assertEquals(Optional.of(9L), choose(ROUND_ROBIN, 6L, member(3, 0), member(9, 0)));
    assertEquals(Optional.of(3L), choose(ROUND_ROBIN, 10L, member(3, 0), member(9, 0)));
  }

  @Test
  void roundRobinWithASingleMemberAlwaysPicksThatMember() {
    assertEquals(Optional.of(5L), choose(ROUND_ROBIN, 5L, member(5, 0)));
  }

  @Test
  void roundRobinVisitsEveryMemberOnceInTurn() {
    List<Candidate> members = List.of(member(30, 0), member(10, 0), member(20, 0));
    List<Long> turns = new ArrayList<>();
    Long last = null;
    for (int i = 0; i < 7; i++) {
      last = AssignmentRule.choose(ROUND_ROBIN, members, last).orElseThrow();
      turns.add(last);
    }
    assertEquals(List.of(10L, 20L, 30L, 10L, 20L, 30L, 10L), turns);
  }

  @Test
  void leastOpenSpreadsCasesEvenlyWhenEachChoiceIsCounted() {
    long[] open = {3, 0, 1};
    for (int i = 0; i < 8; i++) {
      List<Candidate> members = new ArrayList<>();
      for (int m = 0; m < open.length; m++) {
        members.add(member(m + 1, open[m]));
      }
      long chosen = AssignmentRule.choose(LEAST_OPEN, members, null).orElseThrow();
      open[(int) chosen - 1]++;
    }
    assertEquals(List.of(4L, 4L, 4L), List.of(open[0], open[1], open[2]));
  }
}
