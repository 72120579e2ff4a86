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
import org.kesher.catalogue.entity.Unit;

/**
 * Chooses who in a unit gets its next new case, by the unit's policy ({@link AssignmentRule}),
 * inside the caller's transaction. The unit's row stays locked until that transaction ends, so that
 * requests arriving at once for the same unit are assigned one after the other, each counting the
 * cases the ones before it assigned (which needs read-committed connections, see {@code
 * KesherDataSource}). Heads count as members; disabled accounts get nothing.
 */
@ApplicationScoped
public class Assigner {

  /** Each member of a unit with their enabled flag and their open cases in that unit. */
  static final String OPEN_CASES_PER_MEMBER =
      "SELECT s.id, s.enabled, COUNT(c.id) FROM StaffAccount s JOIN s.memberships m"
          + " LEFT JOIN CaseFile c ON c.assignee = s AND c.unit = :unit AND c.status IN :open"
          + " WHERE m.unit = :unit GROUP BY s.id, s.enabled";

  @PersistenceContext EntityManager em;

  /**
   * Locks the unit and chooses the assignee of its next case; under round-robin the unit remembers
   * the choice. Call it before the transaction persists anything, so that the unit's lock is always
   * taken before the locks that new rows and their id blocks take, which would otherwise let two
   * intakes wait for each other.
   *
   * @return the member to hand the case to, or empty when it stays for the unit head
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<StaffAccount> nextAssignee(Unit routedTo) {
    Unit unit = em.find(Unit.class, routedTo.id());
    em.refresh(unit, LockModeType.PESSIMISTIC_WRITE);
    return chooseIn(unit);
  }

  /** A unit, locked and read in one query, and the member who gets its next new case. */
  public record Assignment(Unit unit, Optional<StaffAccount> assignee) {}

  /**
   * As {@link #nextAssignee(Unit)}, for a unit known by its id that this transaction has not read
   * yet: the unit is read and locked in one query.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public Assignment lockAndChoose(long unitId) {
    Unit unit = em.find(Unit.class, unitId, LockModeType.PESSIMISTIC_WRITE);
    if (unit == null) {
      throw new IllegalStateException("routed to unit " + unitId + ", which does not exist");
    }
    return new Assignment(unit, chooseIn(unit));
  }

  private Optional<StaffAccount> chooseIn(Unit unit) {
    if (unit.assignmentPolicy() == AssignmentPolicy.UNIT_HEAD) {
      return Optional.empty();
    }
    List<Candidate> candidates =
        em
            .createQuery(OPEN_CASES_PER_MEMBER, Object[].class)
            .setParameter("unit", unit)
            .setParameter("open", CaseStatus.OPEN)
            .getResultList()
            .stream()
            .map(
                row ->
                    new Candidate(
                        ((Number) row[0]).longValue(),
                        (Boolean) row[1],
                        ((Number) row[2]).longValue()))
            .toList();
    Optional<Long> chosen =
        AssignmentRule.choose(
            unit.assignmentPolicy(), candidates, unit.lastAssigneeId().orElse(null));
    if (unit.assignmentPolicy() == AssignmentPolicy.ROUND_ROBIN) {
      chosen.ifPresent(unit::handedTo);
    }
    return chosen.map(id -> em.find(StaffAccount.class, id));
  }
}
