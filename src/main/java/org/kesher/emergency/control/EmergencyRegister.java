package org.kesher.emergency.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.catalogue.entity.Unit;
import org.kesher.catalogue.entity.UnitKind;
import org.kesher.emergency.entity.Household;
import org.kesher.emergency.entity.Registration;
import org.kesher.ground.control.JsonOnce;

/**
 * The settlements' emergency special-needs registers. A request to register special needs joins its
 * team's register as it arrives. A register is seen by its settlement's emergency team and by the
 * social services department only (the one rule, {@link #maySee}); intake coordinators, department
 * managers, administrators and every other unit see none of it.
 */
@ApplicationScoped
public class EmergencyRegister {

  /** The form's answer of a request that registers special needs. */
  static final String REGISTER = "REGISTER_SPECIAL_NEEDS";

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /** Whether the viewer may see the register of this team: its members and social services'. */
  public static boolean maySee(Viewer viewer, Unit team, List<Long> socialServices) {
    return team.kind() == UnitKind.EMERGENCY_TEAM
        && (viewer.memberOf().contains(team.id())
            || socialServices.stream().anyMatch(viewer.memberOf()::contains));
  }

  /** The teams whose registers the viewer may see, in the units' order. */
  public List<Unit> teams(Viewer viewer) {
    List<Long> social = socialServices();
    return em
        .createQuery(
            "SELECT u FROM Unit u WHERE u.kind = :kind ORDER BY u.displayOrder, u.code", Unit.class)
        .setParameter("kind", UnitKind.EMERGENCY_TEAM)
        .getResultList()
        .stream()
        .filter(u -> maySee(viewer, u, social))
        .toList();
  }

  /** A team's register in door-to-door order, if the viewer may see it. */
  public List<Registration> of(Viewer viewer, String teamCode) {
    Unit team =
        em.createNamedQuery(Unit.BY_CODE, Unit.class)
            .setParameter("code", teamCode)
            .getResultStream()
            .findFirst()
            .filter(u -> maySee(viewer, u, socialServices()))
            .orElseThrow(() -> new CaseRuleViolation("register.unknown", "no register to see"));
    List<Registration> entries =
        new ArrayList<>(
            em.createNamedQuery(Registration.OF_UNIT, Registration.class)
                .setParameter("unit", team.id())
                .getResultList());
    Comparator<Registration> order =
        Comparator.comparing(Registration::household, new DoorToDoor());
    entries.sort(order);
    return entries;
  }

  /** The household confirmed its entry: recorded by a member of its own team only. */
  public void confirm(Viewer viewer, long id) {
    Registration entry = em.find(Registration.class, id);
    if (entry == null || !viewer.memberOf().contains(entry.unit().id())) {
      throw new CaseRuleViolation("register.notTeam", "only the team confirms its entries");
    }
    entry.confirm(clock.instant());
  }

  /** A request to register special needs joins its team's register (once). */
  public Optional<Registration> register(CaseFile c) {
    if (!"EMERGENCY_TEAM".equals(c.requestType().code())
        || c.unit().kind() != UnitKind.EMERGENCY_TEAM
        || !c.answers().contains(REGISTER)) {
      return Optional.empty();
    }
    JsonObject answers = JsonOnce.PROVIDER.createReader(new StringReader(c.answers())).readObject();
    if (!REGISTER.equals(answers.getString("registration_kind", ""))) {
      return Optional.empty();
    }
    var requester = c.requester();
    var registration =
        new Registration(
            c.unit(),
            c.locality().orElse(null),
            c.id(),
            new Household(
                requester.name(),
                requester.phone(),
                answers.getString("street", null),
                answers.getString("house_number", null),
                codes(answers.get("needs")),
                answers.getString("special_needs", null),
                answers.containsKey("household_size")
                    ? answers.getJsonNumber("household_size").intValue()
                    : null),
            clock.instant());
    em.persist(registration);
    return Optional.of(registration);
  }

  private static List<String> codes(JsonValue needs) {
    if (!(needs instanceof JsonArray chosen)) {
      return List.of();
    }
    return chosen.stream()
        .filter(JsonString.class::isInstance)
        .map(v -> ((JsonString) v).getString())
        .toList();
  }

  private List<Long> socialServices() {
    return em.createQuery("SELECT u.id FROM Unit u WHERE u.kind = :kind", Long.class)
        .setParameter("kind", UnitKind.SOCIAL_SERVICES)
        .getResultList();
  }
}
