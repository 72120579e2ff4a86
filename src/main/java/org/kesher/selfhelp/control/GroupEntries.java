package org.kesher.selfhelp.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kesher.cases.control.CaseLookup;
import org.kesher.cases.control.CaseNotFound;
import org.kesher.cases.control.CasePermissions;
import org.kesher.cases.control.Viewer;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.JsonOnce;
import org.kesher.selfhelp.entity.GroupDetails;
import org.kesher.selfhelp.entity.GroupTopic;
import org.kesher.selfhelp.entity.SelfHelpGroup;

/**
 * A self-help centre's work on its directory entries: a draft from a request to found a group (or
 * started by the centre), completed, published, confirmed with the group once a year, or hidden.
 * Only the members of the centre that keeps an entry see or change it.
 */
@ApplicationScoped
public class GroupEntries {

  /** The answer of a SELF_HELP request that asks to found a group. */
  static final String FOUND = "FOUND_GROUP";

  @PersistenceContext EntityManager em;

  @Inject CaseLookup lookup;

  Clock clock = Clock.systemUTC();

  /** The entries of the centres the viewer belongs to: drafts, flagged and published first. */
  public List<SelfHelpGroup> kept(Viewer viewer) {
    if (viewer.memberOf().isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT g FROM SelfHelpGroup g WHERE g.centre.id IN :units"
                + " ORDER BY g.status, g.flaggedAt DESC, g.name, g.id",
            SelfHelpGroup.class)
        .setParameter("units", viewer.memberOf())
        .getResultList();
  }

  /** The self-help centres the viewer belongs to. */
  public List<Unit> centres(Viewer viewer) {
    if (viewer.memberOf().isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT u FROM Unit u WHERE u.id IN :units AND u.kind = :kind ORDER BY u.displayOrder",
            Unit.class)
        .setParameter("units", viewer.memberOf())
        .setParameter("kind", org.kesher.catalogue.entity.UnitKind.SELF_HELP_CENTER)
        .getResultList();
  }

  /** An entry the viewer's centre keeps. */
  public SelfHelpGroup entry(Viewer viewer, long id) {
    SelfHelpGroup group = em.find(SelfHelpGroup.class, id);
    if (group == null || !viewer.memberOf().contains(group.centre().id())) {
      throw new CaseRuleViolation("group.unknown", "no such entry of your centre");
    }
    return group;
  }

  /** The entry a SELF_HELP case opened, if it did. */
  public Optional<SelfHelpGroup> ofCase(CaseFile c) {
    return em.createQuery(
            "SELECT g FROM SelfHelpGroup g WHERE g.foundingCaseId = :c", SelfHelpGroup.class)
        .setParameter("c", c.id())
        .getResultStream()
        .findFirst();
  }

  /** Whether the case asks to found a group, and its centre may approve it as a draft entry. */
  public static boolean asksToFound(CaseFile c) {
    return "SELF_HELP".equals(c.requestType().code())
        && c.answers().contains("\"" + FOUND + "\"")
        && c.unit().kind() == org.kesher.catalogue.entity.UnitKind.SELF_HELP_CENTER;
  }

  /**
   * The centre approves a request to found a group: a draft entry, named by the request's topic,
   * its words as the request gave them, for the centre to complete and publish.
   */
  public SelfHelpGroup approve(Viewer viewer, String reference) {
    CaseFile c = lookup.open(viewer, reference).orElseThrow(CaseNotFound::new);
    CasePermissions.requireMember(viewer, c);
    if (!asksToFound(c)) {
      throw new CaseRuleViolation("group.notFounding", "the request does not ask to found a group");
    }
    if (ofCase(c).isPresent()) {
      throw new CaseRuleViolation("group.exists", "the request has its draft already");
    }
    var answers =
        JsonOnce.PROVIDER.createReader(new java.io.StringReader(c.answers())).readObject();
    var group =
        new SelfHelpGroup(c.unit(), answers.getString("topic", "?"), c.id(), clock.instant());
    group.describe(
        new GroupDetails(
            null,
            answers.getString("topic", "?"),
            answers.getString("description", null),
            List.of(c.language()),
            false,
            false,
            false,
            null,
            null,
            null,
            null,
            false,
            null),
        c.locality().orElse(null),
        Set.of());
    em.persist(group);
    return group;
  }

  /** A draft the centre starts itself, for a group it knows of (no request behind it). */
  public SelfHelpGroup start(Viewer viewer, long centreId, String name) {
    if (!viewer.memberOf().contains(centreId)) {
      throw new CaseRuleViolation("group.notMember", "only the centre's members add its entries");
    }
    try {
      var group = new SelfHelpGroup(em.find(Unit.class, centreId), name, null, clock.instant());
      em.persist(group);
      return group;
    } catch (IllegalArgumentException refused) {
      throw new CaseRuleViolation("group.invalid." + refused.getMessage(), "not a draft");
    }
  }

  /** The centre's edit of an entry, refused if someone saved it since the page was drawn. */
  public void save(
      Viewer viewer,
      long id,
      long version,
      GroupDetails details,
      String localityCode,
      List<String> topicCodes) {
    SelfHelpGroup group = entry(viewer, id);
    if (group.version() != version) {
      throw new OptimisticLockException("the entry changed since it was opened");
    }
    Locality locality =
        localityCode == null || localityCode.isBlank()
            ? null
            : em.createQuery("SELECT l FROM Locality l WHERE l.code = :c", Locality.class)
                .setParameter("c", localityCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new CaseRuleViolation("group.locality", "no such locality"));
    Set<GroupTopic> topics = new HashSet<>();
    if (!topicCodes.isEmpty()) {
      topics.addAll(
          em.createQuery("SELECT t FROM GroupTopic t WHERE t.code IN :codes", GroupTopic.class)
              .setParameter("codes", topicCodes)
              .getResultList());
    }
    try {
      group.describe(details, locality, topics);
    } catch (IllegalArgumentException refused) {
      throw new CaseRuleViolation("group.invalid." + refused.getMessage(), "not an entry");
    }
    em.lock(group, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
  }

  public void publish(Viewer viewer, long id) {
    SelfHelpGroup group = entry(viewer, id);
    try {
      group.publish(clock.instant());
    } catch (IllegalStateException incomplete) {
      throw new CaseRuleViolation("group.incomplete", incomplete.getMessage());
    }
  }

  public void confirm(Viewer viewer, long id) {
    entry(viewer, id).confirm(clock.instant());
  }

  public void hide(Viewer viewer, long id) {
    entry(viewer, id).hide();
  }
}
