package org.kesher.app.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.kesher.app.control.StartupChecks;
import org.kesher.sealing.control.KeyRing;
import org.kesher.sealing.control.Resealing;
import org.kesher.sealing.control.SealingKeys;

/**
 * The administrators' keys page ({@code staff/admin/keys.xhtml}): the data keys in the ring, which
 * may still be needed, whether the blind indexes are computed with the index key, and how far the
 * re-sealing and rebuild have come in each table. Never a key itself.
 */
@Named("keysAdmin")
@RequestScoped
public class KeysPage {

  @Resource(lookup = StartupChecks.DATA_SOURCE)
  DataSource dataSource;

  @Inject StartupChecks startup;

  @Inject KeyRotationJobs jobs;

  @RolesAllowed("ADMINISTRATOR")
  public String getRing() {
    return new TreeSet<>(SealingKeys.ring().keyIds()).toString();
  }

  @RolesAllowed("ADMINISTRATOR")
  public int getNewest() {
    return SealingKeys.ring().newestKeyId();
  }

  /** The data keys values may still be sealed with, as this node found them at its start. */
  @RolesAllowed("ADMINISTRATOR")
  public String getInUse() {
    return startup.keyState() == null ? "" : startup.keyState().inUse().toString();
  }

  /** Whether a re-sealing or an index rebuild was needed at start and is not done yet. */
  @RolesAllowed("ADMINISTRATOR")
  public boolean isWorking() {
    return !jobs.isDone();
  }

  @RolesAllowed("ADMINISTRATOR")
  public boolean isRebuildNeeded() {
    return startup.keyState() != null && startup.keyState().rebuildNeeded() && !jobs.isDone();
  }

  @RolesAllowed("ADMINISTRATOR")
  public List<Resealing.Progress> getProgress() throws SQLException {
    KeyRing ring = SealingKeys.ring();
    return Resealing.progress(dataSource, ring);
  }
}
