package org.kesher.notify.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.kesher.access.boundary.CurrentStaff;
import org.kesher.cases.boundary.StaffViewer;
import org.kesher.ground.control.Israel;
import org.kesher.notify.control.StaffNotices;

/**
 * The logged-in staff member's notices, as {@code #{notices}}: the count in the top bar of every
 * staff page, and the list on {@code staff/notices.xhtml}, where they are marked read.
 */
@Named("notices")
@RequestScoped
public class NoticesPage {

  @Inject StaffNotices notices;

  @Inject StaffViewer staff;

  @Inject CurrentStaff current;

  private Long unread;

  private List<StaffNotices.Line> lines;

  /** How many notices wait to be read, counted once a page. */
  public long getUnread() {
    if (unread == null) {
      unread = notices.unread(staff.viewer());
    }
    return unread;
  }

  public List<StaffNotices.Line> getLines() {
    if (lines == null) {
      lines = notices.latest(staff.viewer());
    }
    return lines;
  }

  /** Marks every notice read, and shows the list as it is now. */
  @RolesAllowed("STAFF")
  @Transactional
  public void markAllRead() {
    notices.readAll(staff.viewer());
    unread = null;
    lines = null;
  }

  @PermitAll
  public String date(Instant at) {
    return Israel.dateTime(current.locale(), at);
  }
}
