package org.kesher.ground.control;

import com.hazelcast.config.MapConfig;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.grid.hazelcast.Bucket4jHazelcast;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * How often one client may do one thing (open a request, try a wrong tracking code, fail a login):
 * {@code capacity} times, refilled gradually over {@code period}, as a token bucket (Bucket4j). In
 * a cluster the buckets live in the data grid, so that every node takes from the same allowance (a
 * client who spreads requests over the nodes gets no more); on a single node they live in memory.
 */
public final class Allowance {

  /** On a single node: at most this many clients are kept; full buckets are dropped first. */
  static final int MAX_CLIENTS = 100_000;

  private final int capacity;
  private final Function<String, Bucket> buckets;
  private final Predicate<String> known;

  private Allowance(int capacity, Function<String, Bucket> buckets, Predicate<String> known) {
    this.capacity = capacity;
    this.buckets = buckets;
    this.known = known;
  }

  /**
   * The allowance on the grid while this node shares it with others, else in this node's memory: a
   * node alone in its grid (Payara Micro runs a member of its own even with {@code --nocluster})
   * needs no compare-and-swap on a grid map, which cost intake about 3% of its time. When a node
   * joins or leaves, the client's allowance starts afresh on the other side, once.
   */
  public static Allowance of(Grid grid, String name, int capacity, Duration period) {
    Allowance own = inMemory(capacity, period);
    return grid.member()
        .map(
            member -> {
              Allowance shared = onGrid(member, name, capacity, period);
              Supplier<Allowance> current =
                  () -> member.getCluster().getMembers().size() > 1 ? shared : own;
              return new Allowance(
                  capacity,
                  key -> current.get().buckets.apply(key),
                  key -> current.get().known.test(key));
            })
        .orElse(own);
  }

  /** Kept in this node's memory only. */
  public static Allowance inMemory(int capacity, Duration period) {
    BucketConfiguration configuration = configuration(capacity, period);
    Map<String, Bucket> kept = new ConcurrentHashMap<>();
    return new Allowance(
        capacity,
        key -> {
          if (kept.size() > MAX_CLIENTS) {
            kept.values().removeIf(b -> b.getAvailableTokens() >= capacity);
          }
          return kept.computeIfAbsent(
              key, k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build());
        },
        kept::containsKey);
  }

  /**
   * Kept in the grid's map {@code kesher-allowance-<name>}: a bucket is a few bytes under its
   * client's key, changed by compare-and-swap (no code of Kesher's runs inside the grid), and
   * dropped once untouched for a whole period, when it would be full again anyway.
   */
  public static Allowance onGrid(
      HazelcastInstance member, String name, int capacity, Duration period) {
    String map = "kesher-allowance-" + name;
    member
        .getConfig()
        .addMapConfig(new MapConfig(map).setTimeToLiveSeconds((int) period.toSeconds()));
    IMap<String, byte[]> states = member.getMap(map);
    ProxyManager<String> proxies = Bucket4jHazelcast.casBasedBuilder(states).build();
    BucketConfiguration configuration = configuration(capacity, period);
    return new Allowance(
        capacity, key -> proxies.builder().build(key, () -> configuration), states::containsKey);
  }

  private static BucketConfiguration configuration(int capacity, Duration period) {
    return BucketConfiguration.builder()
        .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
        .build();
  }

  /** Takes one from the client's allowance; false when it is used up. */
  public boolean take(String key) {
    return buckets.apply(key).tryConsume(1);
  }

  /** Whether the client has any left, without taking one (nor keeping a client never seen). */
  public boolean left(String key) {
    return !known.test(key) || buckets.apply(key).getAvailableTokens() > 0;
  }

  /** How many the allowance holds when full. */
  public int capacity() {
    return capacity;
  }
}
