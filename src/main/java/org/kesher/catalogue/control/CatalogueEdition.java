package org.kesher.catalogue.control;

import com.hazelcast.topic.ITopic;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.kesher.ground.control.Grid;

/**
 * Which edition of the catalogue the copies kept in memory ({@link Kept}) were read from. Every
 * change of the catalogue (types, fields, options, units, routing rules, mail templates, calendars)
 * calls {@link #changed()} in the transaction that saves it, and the copies on this node are read
 * again once that transaction has ended. In a cluster the committed change is announced on the
 * grid's topic {@value #TOPIC}, and every other node moves its edition too, as soon as the notice
 * arrives. A node without a grid (or a change written straight into the database) relies on the
 * copies' age: see {@link #unseenAtMost()}.
 */
@ApplicationScoped
public class CatalogueEdition {

  static final String TOPIC = "kesher-catalogue-changed";

  /** Without a grid: how long a change saved on another node may go unseen here. */
  static final Duration UNSEEN_WITHOUT_GRID = Duration.ofSeconds(2);

  /** With a grid, for a notice lost while a node was joining or cut off. */
  static final Duration UNSEEN_WITH_GRID = Duration.ofMinutes(1);

  private final AtomicLong number = new AtomicLong();

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Grid grid;

  private ITopic<String> notices;
  private UUID listening;

  @PostConstruct
  void listen() {
    grid.member()
        .ifPresent(
            member -> {
              notices = member.getTopic(TOPIC);
              listening = notices.addMessageListener(notice -> number.incrementAndGet());
            });
  }

  @PreDestroy
  void stop() {
    if (notices != null) {
      notices.removeMessageListener(listening);
    }
  }

  /** The catalogue changes in the current transaction. */
  public void changed() {
    number.incrementAndGet();
    // again once it has ended: a copy read while the change was not yet committed is dropped
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing to do before the commit
          }

          @Override
          public void afterCompletion(int status) {
            number.incrementAndGet();
            if (status == Status.STATUS_COMMITTED) {
              announce();
            }
          }
        });
  }

  /** Tells the other nodes that the catalogue changed (and this one, which counts it again). */
  void announce() {
    if (notices != null) {
      notices.publish("changed");
    }
  }

  /** The edition now; it grows with every change. */
  public long number() {
    return number.get();
  }

  /** How old a kept copy may grow before it is read again whatever the edition says. */
  public Duration unseenAtMost() {
    return notices == null ? UNSEEN_WITHOUT_GRID : UNSEEN_WITH_GRID;
  }
}
