package org.kesher.access.control;

import java.util.List;

/**
 * A change to a staff account that the rules refuse: a staff text key, and the units concerned
 * (codes) when the refusal is about units.
 */
public class AccountRefused extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final transient List<String> unitCodes;

  public AccountRefused(String key) {
    this(key, List.of());
  }

  public AccountRefused(String key, List<String> unitCodes) {
    super(key);
    this.unitCodes = List.copyOf(unitCodes);
  }

  /** The staff text key that explains the refusal. */
  public String key() {
    return getMessage();
  }

  public List<String> unitCodes() {
    return unitCodes;
  }
}
