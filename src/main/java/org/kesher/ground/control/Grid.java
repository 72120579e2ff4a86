package org.kesher.ground.control;

import com.hazelcast.core.HazelcastInstance;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The data grid the nodes of a cluster share (Payara Micro's Hazelcast member, found in JNDI as
 * {@value #JNDI_NAME}). A node started with {@code --nocluster} (the embedded default, the tests)
 * has none: then every count and every notice stays on this node, which is then the only one.
 */
@ApplicationScoped
public class Grid {

  static final String JNDI_NAME = "payara/Hazelcast";

  private static final Logger LOG = Logger.getLogger(Grid.class.getName());

  private HazelcastInstance member;

  /** A grid given by the caller: the tests' own members. */
  public static Grid of(HazelcastInstance member) {
    Grid grid = new Grid();
    grid.member = member;
    return grid;
  }

  @PostConstruct
  void find() {
    try {
      if (new InitialContext().lookup(JNDI_NAME) instanceof HazelcastInstance found
          && found.getLifecycleService().isRunning()) {
        member = found;
        LOG.info(
            "Cluster: this node is one of "
                + found.getCluster().getMembers().size()
                + " members of the data grid");
      }
    } catch (NamingException | RuntimeException e) {
      LOG.info("Cluster: none (a single node): " + e.getClass().getSimpleName());
    }
  }

  /** This node's member of the grid, when it runs in a cluster. */
  public Optional<HazelcastInstance> member() {
    return Optional.ofNullable(member).filter(m -> m.getLifecycleService().isRunning());
  }
}
