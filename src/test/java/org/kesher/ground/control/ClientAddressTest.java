package org.kesher.ground.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> BALANCERS = Set.of("10.0.0.5", "10.0.0.6");

  private static String of(String peer, String... headers) {
    return ClientAddress.of(peer, Collections.enumeration(List.of(headers)), BALANCERS);
  }

  @Test
  void aClientStraightToKesherKeepsItsOwnAddressWhateverItSends() {
    assertEquals("192.0.2.1", of("192.0.2.1", "198.51.100.9"));
  }

  @Test
  void theBalancerNamesTheClient() {
    assertEquals("192.0.2.1", of("10.0.0.5", "192.0.2.1"));
  }

  @Test
  void anAddressTheClientWroteItselfIsNotBelieved() {
    // the client sent "X-Forwarded-For: 198.51.100.9"; the balancer appended the real peer
    assertEquals("192.0.2.1", of("10.0.0.5", "198.51.100.9, 192.0.2.1"));
    assertEquals("192.0.2.1", of("10.0.0.5", "198.51.100.9", "192.0.2.1"));
  }

  @Test
  void balancersInARowAreSkipped() {
    assertEquals("192.0.2.1", of("10.0.0.5", "192.0.2.1, 10.0.0.6"));
    assertEquals("2001:db8::1", of("10.0.0.5", "2001:db8::1"));
  }

  @Test
  void nothingUsableLeavesThePeer() {
    assertEquals("10.0.0.5", of("10.0.0.5"));
    assertEquals("10.0.0.5", of("10.0.0.5", "10.0.0.6"));
    assertEquals("10.0.0.5", of("10.0.0.5", "unknown"));
    assertTrue(ClientAddress.isAddress("127.0.0.1"));
    assertFalse(ClientAddress.isAddress("example.org"));
  }
}
