package org.kesher.catalogue.control;

import java.util.Map;

/**
 * How many enabled staff each unit has, heads apart: what the catalogue's rules need to refuse a
 * change that would let a sealed case land where nobody may see it. The catalogue stands below the
 * staff accounts, so the access feature answers it ({@code access.control.UnitMemberships}).
 */
public interface UnitStaffing {

  /**
   * Per unit id, its enabled heads and enabled members (heads included); unstaffed units left out.
   */
  Map<Long, Staffing> byUnit();
}
