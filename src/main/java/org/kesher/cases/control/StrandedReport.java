package org.kesher.cases.control;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.kesher.cases.control.StrandedCases.Stranded;

/** The start-up console's line about sealed cases nobody may see: units and counts only. */
public final class StrandedReport {

  private StrandedReport() {}

  /** The line to print, or empty when no sealed case is stranded. */
  public static Optional<String> line(List<Stranded> stranded) {
    if (stranded.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Sealed cases that no one may see (their unit has no head and nobody is assigned to them;"
            + " appoint a head of the unit): "
            + stranded.stream()
                .map(s -> s.unitName() + " (" + s.unitCode() + "): " + s.count())
                .collect(Collectors.joining("; ")));
  }
}
