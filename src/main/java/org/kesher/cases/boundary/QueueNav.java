package org.kesher.cases.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.kesher.cases.control.BreakGlassRequests;
import org.kesher.cases.control.Queue;

/**
 * The staff layout's navigation: each work queue with its count, the views of past work, and the
 * request types a staff member can open a request of on a resident's behalf.
 */
@Named("queueNav")
@RequestScoped
public class QueueNav {

  @Inject QueueWorkspace workspace;

  @Inject BreakGlassRequests breakGlass;

  @Inject StaffViewer staff;

  private List<QueueWorkspace.Choice> types;

  /** Each work queue with its count, in the order of the tabs. */
  public List<Map.Entry<String, Long>> getBadges() {
    Map<Queue, Long> counts = workspace.badges();
    return Arrays.stream(Queue.values())
        .filter(Queue::isWorkQueue)
        .map(q -> Map.entry(q.name(), counts.getOrDefault(q, 0L)))
        .toList();
  }

  /** The views of past work (closed cases, all cases), without a count. */
  public List<String> getHistoryViews() {
    return Arrays.stream(Queue.values()).filter(q -> !q.isWorkQueue()).map(Queue::name).toList();
  }

  /** Whether the staff member's roles may ask to break the glass (the link to its page). */
  public boolean isBreakGlassOffered() {
    return breakGlass.mayAsk(staff.viewer());
  }

  /** The active request types, for a new request on a resident's behalf. */
  public List<QueueWorkspace.Choice> getTypes() {
    if (types == null) {
      types = workspace.typeChoices();
    }
    return types;
  }
}
