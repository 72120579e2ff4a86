package org.kesher.access.control;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A sealed case is seen only by its unit's heads and its assignee: a unit that receives sealed
 * request types must keep at least one head who can log in. This rule names the units that a change
 * to one account (its memberships, or switching it off) would leave without any head, so that the
 * change is refused before a sealed case lands where nobody may see it.
 */
public final class SealedUnitCover {

  private SealedUnitCover() {}

  /**
   * @param sealedUnits the units that receive sealed request types
   * @param otherHeads per unit, how many enabled heads it has besides this account (absent: none)
   * @param headedBefore the units this account heads now, while it is enabled
   * @param headedAfter the units it would head after the change, if it stays enabled (else empty)
   * @return the units the change would leave without a head (ids, sorted); empty when allowed
   */
  public static Set<Long> strandedBy(
      Set<Long> sealedUnits,
      Map<Long, Long> otherHeads,
      Set<Long> headedBefore,
      Set<Long> headedAfter) {
    Set<Long> stranded = new TreeSet<>();
    for (Long unit : headedBefore) {
      if (sealedUnits.contains(unit)
          && !headedAfter.contains(unit)
          && otherHeads.getOrDefault(unit, 0L) == 0) {
        stranded.add(unit);
      }
    }
    return stranded;
  }
}
