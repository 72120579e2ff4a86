package org.kesher.notify.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.MailSessionDefinition;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.Setting;

/**
 * Looks at the outbox every {@code kesher.mail.poll-millis} and sends what is due, batch after
 * batch, when an SMTP server is configured. Every node runs one; the outbox's row locks keep them
 * from sending a mail twice.
 */
@Singleton
@Startup
@DependsOn("StartupChecks")
@MailSessionDefinition(
    name = OutboxDrain.MAIL_SESSION,
    host = "${MPCONFIG=kesher.smtp.host}",
    from = "${MPCONFIG=kesher.mail.from}",
    transportProtocol = "smtp",
    // the container's session would otherwise print Jakarta Mail's provider tables at start-up
    properties = {"mail.debug=${MPCONFIG=kesher.mail.debug}"})
public class OutboxDrain {

  public static final String MAIL_SESSION = "java:app/mail/kesher";

  static final int BATCH = 50;

  private static final Logger LOG = Logger.getLogger(OutboxDrain.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject OutboxSender sender;

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
      while (sender.sendDue(BATCH) == BATCH) {
        // a full batch: there may be more
      }
    } catch (RuntimeException e) {
      LOG.warning("outbox: " + e.getClass().getSimpleName() + ", tried again at the next round");
    }
  }

  @PreDestroy
  void stop() {
    drains.forEach(d -> d.cancel(false));
  }
}
