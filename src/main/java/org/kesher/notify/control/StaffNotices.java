package org.kesher.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.kesher.cases.control.CaseNotice;
import org.kesher.cases.control.CaseQueries;
import org.kesher.cases.control.Viewer;
import org.kesher.notify.entity.StaffNotice;

/**
 * The staff members' notices: written when a case notice is addressed to one of them, in the
 * transaction of the change; read only through the visibility rule, so that a notice of a case its
 * reader may no longer see (referred away, given to another unit, sealed) is neither listed nor
 * counted.
 */
@ApplicationScoped
public class StaffNotices {

  /** How many notices the list shows and the count looks at, the newest first. */
  static final int MOST = 50;

  /** One notice as the staff pages show it: what happened, to which case, when. */
  public record Line(String kind, String reference, Instant at, boolean unread) {}

  @PersistenceContext EntityManager em;

  @Inject CaseQueries cases;

  Clock clock = Clock.systemUTC();

  /** Writes the notice a case notice addressed to a staff member makes. */
  void on(@Observes CaseNotice notice) {
    StaffNotice.Kind kind =
        switch (notice.kind()) {
          case ASSIGNED_TO_YOU -> StaffNotice.Kind.ASSIGNED_TO_YOU;
          case REFERRED_TO_YOUR_UNIT -> StaffNotice.Kind.REFERRED_TO_YOUR_UNIT;
          case RESIDENT_REPLIED -> StaffNotice.Kind.RESIDENT_REPLIED;
          case BREAK_GLASS -> StaffNotice.Kind.BREAK_GLASS;
          case TARGET_WARNING -> StaffNotice.Kind.TARGET_WARNING;
          case TARGET_BREACHED -> StaffNotice.Kind.TARGET_BREACHED;
          default -> null;
        };
    if (kind != null && notice.staff() != null) {
      em.persist(new StaffNotice(notice.staff(), notice.caseFile(), kind, clock.instant()));
    }
  }

  /** The viewer's latest notices of cases they may see, the newest first. */
  public List<Line> latest(Viewer viewer) {
    List<StaffNotice> notices = read(StaffNotice.LATEST_OF, viewer);
    Set<String> visible = visible(viewer, notices);
    return notices.stream()
        .filter(n -> visible.contains(reference(n)))
        .map(n -> new Line(n.kind().name(), reference(n), n.createdAt(), n.readAt().isEmpty()))
        .toList();
  }

  /** How many of the viewer's notices of cases they may see are not read yet. */
  public long unread(Viewer viewer) {
    List<StaffNotice> notices = read(StaffNotice.UNREAD_OF, viewer);
    Set<String> visible = visible(viewer, notices);
    return notices.stream().filter(n -> visible.contains(reference(n))).count();
  }

  /** Marks every notice of the viewer read; the caller's transaction keeps it. */
  public void readAll(Viewer viewer) {
    Instant now = clock.instant();
    read(StaffNotice.UNREAD_OF, viewer).forEach(n -> n.read(now));
  }

  private List<StaffNotice> read(String query, Viewer viewer) {
    return em.createNamedQuery(query, StaffNotice.class)
        .setParameter("staffId", viewer.staffId())
        .setMaxResults(MOST)
        .getResultList();
  }

  private Set<String> visible(Viewer viewer, List<StaffNotice> notices) {
    return cases.visibleReferences(
        viewer, notices.stream().map(StaffNotices::reference).distinct().toList());
  }

  private static String reference(StaffNotice notice) {
    return notice.caseFile().reference().toString();
  }
}
