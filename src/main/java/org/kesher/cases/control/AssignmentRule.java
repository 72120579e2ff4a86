package org.kesher.cases.control;

import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import org.kesher.catalogue.entity.AssignmentPolicy;

/**
 * Which member of a unit gets a new case, as plain data and a choice by the unit's {@link
 * AssignmentPolicy}: the member with the fewest open cases (ties to the lower staff id), the next
 * member in staff-id order after the last one who got a case (wrapping around), or nobody, for the
 * unit head to hand it out. Disabled accounts never get a case; a unit without an enabled member
 * leaves it unassigned.
 */
public final class AssignmentRule {

  /**
   * A member of the unit who could take the case.
   *
   * @param active whether the staff account is enabled
   * @param openCases the member's open cases in the unit
   */
  public record Candidate(long staffId, boolean active, long openCases) {}

  private static final Comparator<Candidate> BY_STAFF_ID =
      Comparator.comparingLong(Candidate::staffId);

  private static final Comparator<Candidate> LEAST_LOADED_FIRST =
      Comparator.comparingLong(Candidate::openCases).thenComparing(BY_STAFF_ID);

  private AssignmentRule() {}

  /**
   * @param lastAssigneeId who got the unit's previous case under round-robin, or null
   * @return the staff id of the new case's assignee, or empty when it stays unassigned
   */
  public static Optional<Long> choose(
      AssignmentPolicy policy, Collection<Candidate> candidates, Long lastAssigneeId) {
    Objects.requireNonNull(policy, "policy");
    var active = candidates.stream().filter(Candidate::active);
    Optional<Candidate> chosen =
        switch (policy) {
          case LEAST_OPEN -> active.min(LEAST_LOADED_FIRST);
          case ROUND_ROBIN -> {
            var inTurn = active.sorted(BY_STAFF_ID).toList();
            yield inTurn.stream()
                .filter(c -> lastAssigneeId == null || c.staffId() > lastAssigneeId)
                .findFirst()
                .or(() -> inTurn.stream().findFirst());
          }
          case UNIT_HEAD -> Optional.empty();
        };
    return chosen.map(Candidate::staffId);
  }
}
