package org.kesher.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import org.kesher.audit.control.AccessCaller;
import org.kesher.audit.entity.AccessEntry;
import org.kesher.ground.control.Accessed;

/**
 * Writes what the features tell of ({@link Accessed}) into the access log. A granted access is
 * written in the transaction of the change or read it records, so both commit or neither; a refused
 * one in a transaction of its own, because the refused request usually rolls back.
 */
@ApplicationScoped
public class AccessLog {

  @Inject AccessCaller caller;

  @Inject AccessEntries entries;

  Clock clock = Clock.systemUTC();

  void on(@Observes Accessed what) {
    Long staffId = what.staffId();
    String staffName = what.staffName();
    if (staffId == null && staffName == null) {
      var who = caller.staff();
      staffId = who.map(AccessCaller.Staff::id).orElse(null);
      staffName = who.map(AccessCaller.Staff::username).orElse(null);
    } else if (staffName == null) {
      staffName = caller.username(staffId).orElse(null);
    }
    var entry = new AccessEntry(what, staffId, staffName, caller.client(), clock.instant());
    if (what.granted()) {
      entries.withTheChange(entry);
    } else {
      entries.alone(entry);
    }
  }
}
