package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.kesher.access.entity.StaffAccount;
import org.kesher.cases.control.AssignmentRule.Candidate;
import org.kesher.cases.entity.CaseStatus;
import org.kesher.catalogue.entity.AssignmentPolicy;
import org.kesher.catalogue.entity.AssignmentTurn;
import org.kesher.catalogue.entity.Unit;

/**
 * Chooses who in a unit gets its next new case, by the unit's policy ({@link AssignmentRule}),
 * inside the caller's transaction. The unit's assignment turn ({@link AssignmentTurn}) stays locked
 * until that transaction ends, so that requests arriving at once for the same unit are assigned one
 * after the other, each counting the cases the ones before it assigned (which needs read-committed
 * connections, see {@code KesherDataSource}). Heads count as members; disabled accounts get
 * nothing.
 *
 * <p>The turn is a row of its own, referenced by nothing, so a transaction may take it at any
 * point: intake writes its case first and takes the turn last, holding it only for the choice and
 * the commit (every request for one unit passes it one at a time).
 */
@ApplicationScoped
public class Assigner {

  /** Each member of a unit with their enabled flag and their open cases in that unit. */
  static final String OPEN_CASES_PER_MEMBER =
      "SELECT s.id, s.enabled, COUNT(c.id) FROM StaffAccount s JOIN s.memberships m"
          + " LEFT JOIN CaseFile c ON c.assignee = s AND c.unit = :unit AND c.status IN :open"
          + " WHERE m.unit = :unit GROUP BY s.id, s.enabled";

  /** Each member of a unit with their enabled flag: what round-robin needs, no counting. */
  static final String MEMBERS =
      "SELECT DISTINCT s.id, s.enabled FROM StaffAccount s JOIN s.memberships m"
          + " WHERE m.unit = :unit";

  @PersistenceContext EntityManager em;

  /**
   * Takes the unit's turn and chooses the assignee of its next case; under round-robin the turn
   * remembers the choice.
   *
   * @return the member to hand the case to, or empty when it stays for the unit head
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<StaffAccount> nextAssignee(Unit unit) {
    if (unit.assignmentPolicy() == AssignmentPolicy.UNIT_HEAD) {
      // nobody is chosen, so nothing to take in turn
      return Optional.empty();
    }
    AssignmentTurn turn = em.find(AssignmentTurn.class, unit.id(), LockModeType.PESSIMISTIC_WRITE);
    if (turn == null) {
      throw new IllegalStateException("unit " + unit.id() + " has no assignment turn");
    }
    return chooseIn(unit, turn);
  }

  private Optional<StaffAccount> chooseIn(Unit unit, AssignmentTurn turn) {
    // the members' open cases only where the policy weighs them: counting reads every open case
    // of the unit, while the turn is held
    boolean counted = unit.assignmentPolicy() == AssignmentPolicy.LEAST_OPEN;
    var query = em.createQuery(counted ? OPEN_CASES_PER_MEMBER : MEMBERS, Object[].class);
    query.setParameter("unit", unit);
    if (counted) {
      query.setParameter("open", CaseStatus.OPEN);
    }
    List<Candidate> candidates =
        query.getResultList().stream()
            .map(
                row ->
                    new Candidate(
                        ((Number) row[0]).longValue(),
                        (Boolean) row[1],
                        counted ? ((Number) row[2]).longValue() : 0))
            .toList();
    Optional<Long> chosen =
        AssignmentRule.choose(
            unit.assignmentPolicy(), candidates, turn.lastAssigneeId().orElse(null));
    if (unit.assignmentPolicy() == AssignmentPolicy.ROUND_ROBIN) {
      chosen.ifPresent(turn::handedTo);
    }
    return chosen.map(id -> em.find(StaffAccount.class, id));
  }
}
