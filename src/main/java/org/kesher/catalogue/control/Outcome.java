package org.kesher.catalogue.control;

import java.util.List;
import org.kesher.catalogue.control.CatalogueRules.Violation;

/**
 * What an administrator's save in the catalogue came to: the violations found (nothing was saved),
 * or none and the id of what was saved.
 */
public record Outcome(List<Violation> violations, Long id) {

  public boolean saved() {
    return violations.isEmpty();
  }

  static Outcome refused(List<Violation> violations) {
    return new Outcome(violations, null);
  }

  static Outcome changedElsewhere() {
    return refused(List.of(new Violation("", "check.changedElsewhere", List.of())));
  }
}
