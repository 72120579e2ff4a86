package org.kesher.intake.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.util.Properties;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.Setting;

/**
 * Reads Kesher's mailbox over IMAP every {@code kesher.imap.poll-millis}, when a mailbox and a
 * reply address are configured: each unread mail is handled by {@link Inbox} and then marked read.
 * Log lines give outcomes and counts only, never an address or a word of the mail.
 */
@Singleton
@Startup
@DependsOn("StartupChecks")
public class MailboxPoller {

  private static final Logger LOG = Logger.getLogger(MailboxPoller.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;

  @Inject Inbox inbox;

  @Inject Config config;

  private ScheduledFuture<?> polling;

  private String setting(Setting setting, String otherwise) {
    return config.getOptionalValue(setting.key(), String.class).orElse(otherwise).strip();
  }

  @PostConstruct
  void start() {
    if ("none".equals(setting(Setting.IMAP_HOST, "none"))
        || "none".equals(setting(Setting.MAIL_REPLY_ADDRESS, "none"))) {
      return;
    }
    long every = config.getValue(Setting.IMAP_POLL_MILLIS.key(), Long.class);
    polling = scheduler.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (polling != null) {
      polling.cancel(false);
    }
  }

  void poll() {
    String tls = setting(Setting.IMAP_TLS, "tls");
    String protocol = "tls".equals(tls) ? "imaps" : "imap";
    Properties properties = new Properties();
    properties.put("mail.store.protocol", protocol);
    properties.put("mail." + protocol + ".connectiontimeout", "10000");
    properties.put("mail." + protocol + ".timeout", "20000");
    // reading a mail must not mark it read: only a handled mail is marked, below
    properties.put("mail." + protocol + ".peek", "true");
    if ("starttls".equals(tls)) {
      properties.put("mail.imap.starttls.enable", "true");
      properties.put("mail.imap.starttls.required", "true");
    }
    Session session = Session.getInstance(properties);
    session.setDebug(false);
    try (Store store = session.getStore(protocol)) {
      store.connect(
          setting(Setting.IMAP_HOST, "none"),
          config.getValue(Setting.IMAP_PORT.key(), Integer.class),
          setting(Setting.IMAP_USER, ""),
          setting(Setting.IMAP_PASSWORD, ""));
      try (Folder folder = store.getFolder("INBOX")) {
        folder.open(Folder.READ_WRITE);
        Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
        java.util.Map<String, Integer> outcomes = new java.util.TreeMap<>();
        for (Message message : unread) {
          String outcome;
          try {
            outcome = inbox.handle(message, setting(Setting.MAIL_REPLY_ADDRESS, "none"));
          } catch (RuntimeException | MessagingException | java.io.IOException e) {
            // another node handled it at the same moment (the next round finds it SEEN), or the
            // database is away: left unread, to be read again
            outcomes.merge("FAILED:" + e.getClass().getSimpleName(), 1, Integer::sum);
            continue;
          }
          outcomes.merge(outcome, 1, Integer::sum);
          message.setFlag(Flags.Flag.SEEN, true);
        }
        if (!outcomes.isEmpty()) {
          LOG.info("mailbox: " + outcomes);
        }
      }
    } catch (MessagingException | RuntimeException e) {
      LOG.warning("mailbox: " + e.getClass().getSimpleName() + ", read again at the next round");
    }
  }
}
