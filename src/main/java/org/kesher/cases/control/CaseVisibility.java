package org.kesher.cases.control;

import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Set;
import org.kesher.catalogue.entity.Confidentiality;

/**
 * The one rule of who may see which case, as a JPQL condition that every query listing, counting,
 * searching, exporting or opening cases includes, so that no case is loaded and then hidden:
 *
 * <ul>
 *   <li>standard: the owning unit's members, intake coordinators and department managers;
 *   <li>restricted: the owning unit's members only;
 *   <li>sealed: the assigned caseworker and the head of the owning unit only.
 * </ul>
 *
 * Administrators and the privacy officer see no case through their role; a membership still counts.
 * The condition refers to a case by its alias and binds parameters named {@code vis*}.
 */
public final class CaseVisibility {

  /** No id is negative: it stands in for an empty set, which JPQL's IN cannot take. */
  private static final List<Long> NONE = List.of(-1L);

  private CaseVisibility() {}

  /** The condition on case {@code c}, to be joined into a WHERE clause with AND. */
  public static String condition(String c) {
    return "(("
        + c
        + ".confidentiality = :visStandard AND (:visEverywhere = TRUE OR "
        + c
        + ".unit.id IN :visMemberOf))"
        + " OR ("
        + c
        + ".confidentiality = :visRestricted AND "
        + c
        + ".unit.id IN :visMemberOf)"
        + " OR ("
        + c
        + ".confidentiality = :visSealed AND ("
        + c
        + ".assignee.id = :visStaff OR "
        + c
        + ".unit.id IN :visHeads)))";
  }

  /** Binds the viewer into a query that contains {@link #condition(String)}. */
  public static <T> TypedQuery<T> bind(TypedQuery<T> query, Viewer viewer) {
    return query
        .setParameter("visStandard", Confidentiality.STANDARD)
        .setParameter("visRestricted", Confidentiality.RESTRICTED)
        .setParameter("visSealed", Confidentiality.SEALED)
        .setParameter("visEverywhere", viewer.seesStandardEverywhere())
        .setParameter("visMemberOf", ids(viewer.memberOf()))
        .setParameter("visHeads", ids(viewer.heads()))
        .setParameter("visStaff", viewer.staffId());
  }

  private static List<Long> ids(Set<Long> ids) {
    return ids.isEmpty() ? NONE : List.copyOf(ids);
  }
}
