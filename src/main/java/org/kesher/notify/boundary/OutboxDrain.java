package org.kesher.notify.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MailSessionDefinition;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.Setting;
import org.kesher.notify.control.MailSessions;
import org.kesher.notify.control.OutboxSender;
import org.kesher.notify.entity.OutboxMail;

/**
 * Looks at the outbox every {@code kesher.mail.poll-millis} and sends what is due, batch after
 * batch, when an SMTP server is configured. Every node runs one. A round leases its batch first, in
 * a transaction of its own ({@link OutboxLeases}): no other sender takes those mails while the
 * lease lasts. Then it sends them one by one over one SMTP connection and records each outcome at
 * once, each in its own short transaction. A node that dies mid-round leaves its unsent mails to
 * the next sender after the lease; at most the one mail it was sending when it died can go out
 * twice (the SMTP server took it, its record was not yet written). A record that fails on a lost
 * database connection is written again until the database answers (marking a mail sent twice is
 * harmless), so a database node stopping does not send a mail twice.
 */
@Singleton
@Startup
@DependsOn("StartupChecks")
@MailSessionDefinition(
    name = MailSessions.MAIL_SESSION,
    host = "${MPCONFIG=kesher.smtp.host}",
    from = "${MPCONFIG=kesher.mail.from}",
    transportProtocol = "smtp",
    // the container's session would otherwise print Jakarta Mail's provider tables at start-up
    properties = {"mail.debug=${MPCONFIG=kesher.mail.debug}"})
public class OutboxDrain {

  static final int BATCH = 50;

  /** How long a mail's outcome is written again while the database does not answer. */
  static final Duration RECORD_PATIENCE = Duration.ofSeconds(45);

  private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject OutboxSender sender;

  @Inject OutboxLeases leases;

  @Inject MailSessions sessions;

  @Inject Config config;

  private final java.util.List<ScheduledFuture<?>> drains = new java.util.ArrayList<>();

  @PostConstruct
  void start() {
    if (!sessions.configured()) {
      LOG.info("No SMTP server is configured (KESHER_SMTP_HOST): mails stay in the outbox.");
      return;
    }
    long every = config.getValue(Setting.MAIL_POLL_MILLIS.key(), Long.class);
    int senders = config.getValue(Setting.MAIL_SENDERS.key(), Integer.class);
    for (int i = 0; i < senders; i++) {
      drains.add(
          scheduler.scheduleWithFixedDelay(
              this::drain, every + i * every / senders, every, TimeUnit.MILLISECONDS));
    }
  }

  private void drain() {
    try {
      while (round(BATCH) == BATCH) {
        // a full batch: there may be more
      }
    } catch (RuntimeException e) {
      LOG.warning("outbox: " + e.getClass().getSimpleName() + ", tried again at the next round");
    }
  }

  /**
   * Leases up to {@code max} due mails, sends them and records each outcome.
   *
   * @return how many mails were leased (sent or not)
   */
  int round(int max) {
    List<OutboxMail> mails = leases.lease(max);
    if (mails.isEmpty()) {
      return 0;
    }
    sender.send(mails, leases.refusedBefore(mails), this::record);
    return mails.size();
  }

  /**
   * Records what became of one mail, written again (after a pause) while the database does not
   * answer: a sent mail recorded only after its database node came back is not sent again.
   */
  private void record(long id, Consumer<OutboxMail> outcome) {
    long end = System.nanoTime() + RECORD_PATIENCE.toNanos();
    for (int attempt = 1; ; attempt++) {
      try {
        leases.write(id, outcome);
        return;
      } catch (RuntimeException e) {
        if (System.nanoTime() > end) {
          // the lease runs out and another sender takes it: this one mail may go out twice
          LOG.warning("outbox " + id + ": its outcome could not be recorded: " + e.getClass());
          return;
        }
        try {
          Thread.sleep(Math.min(2_000, 200L * attempt));
        } catch (InterruptedException stop) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @PreDestroy
  void stop() {
    drains.forEach(d -> d.cancel(false));
  }
}
