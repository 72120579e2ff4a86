package org.kesher.cases.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

  /**
   * The open cases of a unit per assignee: one range of the queue's index over the unit's open
   * cases. (Joined from the members instead, MariaDB read every case each member ever had in the
   * unit, open or closed: at 1,000,000 cases 249,000 index entries and 34 ms for the big unit,
   * against 22,000 and 7 ms; bench, issue 22.)
   */
  static final String OPEN_CASES_PER_ASSIGNEE =
      "SELECT c.assignee.id, COUNT(c.id) FROM CaseFile c WHERE c.unit = :unit"
          + " AND c.status IN :open AND c.assignee IS NOT NULL GROUP BY c.assignee.id";

  /** Each member of a unit with their enabled flag. */
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
    Map<Long, Long> open = new HashMap<>();
    if (unit.assignmentPolicy() == AssignmentPolicy.LEAST_OPEN) {
      em.createQuery(OPEN_CASES_PER_ASSIGNEE, Object[].class)
          .setParameter("unit", unit)
          .setParameter("open", CaseStatus.OPEN)
          .getResultList()
          .forEach(row -> open.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    }
    List<Candidate> candidates =
        em.createQuery(MEMBERS, Object[].class).setParameter("unit", unit).getResultList().stream()
            .map(
                row -> {
                  long id = ((Number) row[0]).longValue();
                  return new Candidate(id, (Boolean) row[1], open.getOrDefault(id, 0L));
                })
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
