package org.kesher.emergency.entity;

import java.util.List;

/**
 * What the register keeps of a household: its name and phone, where it lives (street and house, for
 * door-to-door work), its needs (codes of the form's choices), what else it said, and how many live
 * there.
 */
public record Household(
    String name,
    String phone,
    String street,
    String house,
    List<String> needs,
    String notes,
    Integer size) {

  public Household {
    needs = needs == null ? List.of() : List.copyOf(needs);
  }
}
