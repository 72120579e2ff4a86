package org.kesher.ground.control;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Real Hazelcast members in this JVM, joined into one cluster over loopback with explicit TCP/IP
 * discovery (as Kesher's nodes are in production), for the tests of what nodes share.
 */
public final class GridMembers implements AutoCloseable {

  private final List<HazelcastInstance> members = new ArrayList<>();

  public GridMembers(int count) {
    String cluster = "kesher-test-" + UUID.randomUUID();
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ports.add(freePort());
    }
    for (int i = 0; i < count; i++) {
      Config config = new Config().setClusterName(cluster);
      config.setProperty("hazelcast.logging.type", "jdk");
      config.setProperty("hazelcast.phone.home.enabled", "false");
      var network = config.getNetworkConfig().setPort(ports.get(i)).setPortAutoIncrement(false);
      network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
      var join = network.getJoin();
      join.getMulticastConfig().setEnabled(false);
      join.getAutoDetectionConfig().setEnabled(false);
      var tcpIp = join.getTcpIpConfig().setEnabled(true);
      ports.forEach(port -> tcpIp.addMember("127.0.0.1:" + port));
      members.add(Hazelcast.newHazelcastInstance(config));
    }
  }

  private static int freePort() {
    try (var socket = new java.net.ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public HazelcastInstance member(int index) {
    return members.get(index);
  }

  @Override
  public void close() {
    members.forEach(HazelcastInstance::shutdown);
  }
}
