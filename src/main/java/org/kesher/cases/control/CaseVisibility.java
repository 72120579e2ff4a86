package org.kesher.cases.control;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.kesher.catalogue.entity.Confidentiality;

/**
 * The one rule of who may see which case, as JPQL conditions that every query listing, counting,
 * searching, exporting or opening cases includes, so that no case is loaded and then hidden:
 *
 * <ul>
 *   <li>standard: the owning unit's members, intake coordinators and department managers;
 *   <li>restricted: the owning unit's members only;
 *   <li>sealed: the assigned caseworker and the head of the owning unit only.
 * </ul>
 *
 * Administrators and the privacy officer see no case through their role; a membership still counts.
 *
 * <p>The rule is a union of {@linkplain Branch branches}, each a conjunction without OR (levels,
 * units, assignee) and no two sharing a case. A database answers each branch from one index range,
 * so the queue of a unit with a million cases counts and pages each branch apart and adds up; a
 * query on a few rows takes the whole rule as one condition, {@link #condition(String)}, made of
 * the same branches.
 */
public final class CaseVisibility {

  private final List<Branch> branches;

  private CaseVisibility(List<Branch> branches) {
    this.branches = List.copyOf(branches);
  }

  /**
   * One disjoint part of what a viewer sees: cases at one of {@code levels}, in one of {@code
   * units} (null: any unit), assigned to {@code assignee} (null: anyone or nobody), and in none of
   * {@code exceptUnits} (null: no exception).
   */
  public record Branch(
      int index,
      Set<Confidentiality> levels,
      Set<Long> units,
      Long assignee,
      Set<Long> exceptUnits) {

    public Branch {
      levels = Set.copyOf(levels);
      units = units == null ? null : Set.copyOf(units);
      exceptUnits = exceptUnits == null ? null : Set.copyOf(exceptUnits);
    }

    /** The branch's condition on case {@code c}; its parameters end in the branch's index. */
    public String condition(String c) {
      StringBuilder where = new StringBuilder("(").append(c);
      where.append(".confidentiality IN :visLevels").append(index);
      if (units != null) {
        where.append(" AND ").append(c).append(".unit.id IN :visUnits").append(index);
      }
      if (assignee != null) {
        where.append(" AND ").append(c).append(".assignee.id = :visStaff").append(index);
      }
      if (exceptUnits != null) {
        where.append(" AND ").append(c).append(".unit.id NOT IN :visExcept").append(index);
      }
      return where.append(")").toString();
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
      query.setParameter("visLevels" + index, List.copyOf(levels));
      if (units != null) {
        query.setParameter("visUnits" + index, List.copyOf(units));
      }
      if (assignee != null) {
        query.setParameter("visStaff" + index, assignee);
      }
      if (exceptUnits != null) {
        query.setParameter("visExcept" + index, List.copyOf(exceptUnits));
      }
      return query;
    }

    /** Whether a case of {@code unitId} can be in this branch at all. */
    public boolean mayHoldUnit(long unitId) {
      return (units == null || units.contains(unitId))
          && (exceptUnits == null || !exceptUnits.contains(unitId));
    }
  }

  /** What {@code viewer} may see. */
  public static CaseVisibility of(Viewer viewer) {
    List<Branch> branches = new ArrayList<>();
    Set<Long> memberOf = viewer.memberOf();
    Set<Long> heads = viewer.heads();
    if (viewer.seesStandardEverywhere()) {
      branches.add(new Branch(branches.size(), Set.of(Confidentiality.STANDARD), null, null, null));
      if (!memberOf.isEmpty()) {
        branches.add(
            new Branch(branches.size(), Set.of(Confidentiality.RESTRICTED), memberOf, null, null));
      }
    } else if (!memberOf.isEmpty()) {
      branches.add(
          new Branch(
              branches.size(),
              EnumSet.of(Confidentiality.STANDARD, Confidentiality.RESTRICTED),
              memberOf,
              null,
              null));
    }
    if (!heads.isEmpty()) {
      branches.add(new Branch(branches.size(), Set.of(Confidentiality.SEALED), heads, null, null));
    }
    branches.add(
        new Branch(
            branches.size(),
            Set.of(Confidentiality.SEALED),
            null,
            viewer.staffId(),
            heads.isEmpty() ? null : heads));
    return new CaseVisibility(branches);
  }

  /**
   * The cases a viewer's reports count, as a condition on the units of case {@code c} (SQL, the
   * column {@code unit_id}): a department manager's every unit, a unit head's own units, nobody
   * else's. Reports show counts and timings, never a case, and sealed types only as counts (small
   * ones hidden): {@code reporting.control.Dashboard}.
   *
   * @param allUnits every unit (a department manager)
   * @param units the units otherwise; empty: the viewer has no reports
   */
  public record ReportScope(boolean allUnits, Set<Long> units) {
    public ReportScope {
      units = Set.copyOf(units);
    }

    /** Whether the viewer has any report at all. */
    public boolean any() {
      return allUnits || !units.isEmpty();
    }

    /** Whether the scope holds the unit's cases. */
    public boolean holds(long unitId) {
      return allUnits || units.contains(unitId);
    }

    /** The SQL condition on the cases' {@code unit_id} column of alias {@code c}. */
    public String sql(String c) {
      if (allUnits) {
        return "1 = 1";
      }
      if (units.isEmpty()) {
        return "1 = 0";
      }
      return c
          + ".unit_id IN ("
          + units.stream()
              .sorted()
              .map(String::valueOf)
              .collect(java.util.stream.Collectors.joining(", "))
          + ")";
    }
  }

  /** Whose cases the viewer's reports count: {@link ReportScope}. */
  public static ReportScope reportScope(Viewer viewer) {
    if (viewer.roles().contains(org.kesher.access.entity.StaffRole.DEPARTMENT_MANAGER)) {
      return new ReportScope(true, Set.of());
    }
    return new ReportScope(false, viewer.heads());
  }

  public List<Branch> branches() {
    return branches;
  }

  /** The branches that can hold a case of {@code unitId} (null: of any unit). */
  public List<Branch> branchesFor(Long unitId) {
    return unitId == null
        ? branches
        : branches.stream().filter(b -> b.mayHoldUnit(unitId)).toList();
  }

  /** The whole rule as one condition on case {@code c}, to be joined into a WHERE with AND. */
  public String condition(String c) {
    StringBuilder where = new StringBuilder("(");
    for (Branch branch : branches) {
      if (where.length() > 1) {
        where.append(" OR ");
      }
      where.append(branch.condition(c));
    }
    return where.append(")").toString();
  }

  /** Binds the parameters of {@link #condition(String)}. */
  public <T> TypedQuery<T> bind(TypedQuery<T> query) {
    for (Branch branch : branches) {
      branch.bind(query);
    }
    return query;
  }
}
