package org.kesher.catalogue.control;

/**
 * Who works in a unit, as far as the sealed-case rule needs it: enabled accounts only.
 *
 * @param heads the unit's enabled heads
 * @param members the unit's enabled members, heads included
 */
public record Staffing(long heads, long members) implements java.io.Serializable {

  public static final Staffing NOBODY = new Staffing(0, 0);

  public boolean isEmpty() {
    return members == 0 && heads == 0;
  }
}
