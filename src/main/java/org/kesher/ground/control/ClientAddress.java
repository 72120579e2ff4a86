package org.kesher.ground.control;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a request came from, when a load balancer stands between: the balancer's address is the peer,
 * and it names the client in {@code X-Forwarded-For}. Only a balancer Kesher was told of ({@code
 * kesher.trusted-proxies}) is believed: the header's addresses are read from the right (the nearest
 * hop), balancers skipped, and the first other address is the client. A request straight from a
 * client keeps its own address, whatever header it sends, so no one can pick the address their
 * submissions are counted against.
 */
public final class ClientAddress {

  public static final String FORWARDED_FOR = "X-Forwarded-For";

  /** The request attribute that keeps the client named by a balancer. */
  public static final String ATTRIBUTE = "org.kesher.client";

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private ClientAddress() {}

  /**
   * @param peer the address the request came from
   * @param forwarded the values of every {@code X-Forwarded-For} header, in order
   * @param balancers the trusted balancers' addresses
   */
  public static String of(String peer, Enumeration<String> forwarded, Set<String> balancers) {
    if (!balancers.contains(peer) || forwarded == null) {
      return peer;
    }
    List<String> hops = new ArrayList<>();
    while (forwarded.hasMoreElements()) {
      for (String hop : forwarded.nextElement().split(",")) {
        hops.add(hop.strip());
      }
    }
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!balancers.contains(hop)) {
        return isAddress(hop) ? hop : peer;
      }
    }
    return peer;
  }

  /** Whether the text is an IPv4 or IPv6 address as written in headers (no names). */
  public static boolean isAddress(String text) {
    return IPV4.matcher(text).matches() || text.contains(":") && IPV6.matcher(text).matches();
  }
}
