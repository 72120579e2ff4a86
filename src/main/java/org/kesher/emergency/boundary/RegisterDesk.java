package org.kesher.emergency.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.kesher.cases.control.Viewer;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.emergency.control.EmergencyRegister;
import org.kesher.emergency.entity.Household;
import org.kesher.ground.control.Accessed;
import org.kesher.ground.control.Language;

/**
 * The emergency register's boundary, a transaction each: the teams whose registers the viewer may
 * see, a register as its page shows it in door-to-door order, and an export (CSV or PDF), recorded
 * in the access log with its row count.
 */
@ApplicationScoped
@Transactional
public class RegisterDesk {

  @Inject EmergencyRegister register;

  @Inject Event<Accessed> accessed;

  @PersistenceContext EntityManager em;

  public record TeamChoice(String code, String name) implements java.io.Serializable {}

  /** A household as the register shows it, its needs named in the viewer's language. */
  public record Row(
      long id,
      String task,
      String street,
      String house,
      String name,
      String phone,
      String needs,
      Integer size,
      String notes,
      Instant confirmedAt)
      implements java.io.Serializable {}

  /** A team's register. */
  public record Sheet(String team, String settlement, List<Row> rows)
      implements java.io.Serializable {}

  public List<TeamChoice> teams(Viewer viewer, Language language) {
    return register.teams(viewer).stream()
        .map(u -> new TeamChoice(u.code(), u.name().in(language)))
        .toList();
  }

  public Sheet sheet(Viewer viewer, String team, Language language) {
    var entries = register.of(viewer, team);
    Map<String, String> needs = needNames(language);
    var unit = register.teams(viewer).stream().filter(u -> u.code().equals(team)).findFirst();
    return new Sheet(
        unit.map(u -> u.name().in(language)).orElse(team),
        unit.flatMap(u -> u.locality()).map(l -> l.name().in(language)).orElse(""),
        entries.stream()
            .map(
                r -> {
                  Household h = r.household();
                  return new Row(
                      r.id(),
                      r.confirmationCaseId().map(this::reference).orElse(null),
                      h.street(),
                      h.house(),
                      h.name(),
                      h.phone(),
                      h.needs().stream()
                          .map(code -> needs.getOrDefault(code, code))
                          .collect(Collectors.joining(", ")),
                      h.size(),
                      h.notes(),
                      r.confirmedAt());
                })
            .toList());
  }

  public void confirm(Viewer viewer, long id) {
    register.confirm(viewer, id);
  }

  private String reference(long caseId) {
    var task = em.find(org.kesher.cases.entity.CaseFile.class, caseId);
    return task == null ? null : task.reference().toString();
  }

  /** The register for an export, its leaving recorded with its format and row count. */
  public Sheet export(Viewer viewer, String team, Language language, String format) {
    Sheet sheet = sheet(viewer, team, language);
    accessed.fire(
        Accessed.exported(
            Accessed.ObjectKind.EMERGENCY_REGISTER, team, sheet.rows().size(), format));
    return sheet;
  }

  /** The names of the form's needs, by code, in the language. */
  private Map<String, String> needNames(Language language) {
    Map<String, String> names = new HashMap<>();
    em.createNamedQuery(RequestType.BY_CODE, RequestType.class)
        .setParameter("code", "EMERGENCY_TEAM")
        .getResultStream()
        .findFirst()
        .ifPresent(
            type ->
                type.fields().stream()
                    .filter(f -> f.code().equals("needs"))
                    .flatMap(f -> f.options().stream())
                    .forEach(o -> names.put(o.code(), o.label().in(language))));
    return names;
  }
}
