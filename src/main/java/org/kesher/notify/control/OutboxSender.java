package org.kesher.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.Causes;
import org.kesher.ground.control.Setting;
import org.kesher.notify.entity.OutboxMail;

/**
 * Sends what is due in the outbox. Each call claims due rows with {@code SELECT ... FOR UPDATE SKIP
 * LOCKED}, so that any number of senders, in one node or many, never take the same row; it sends
 * them over one SMTP connection and records each outcome in the same transaction. A mail the SMTP
 * server took is marked sent; a refusal for good (5xx) marks the address undeliverable; anything
 * else is tried again later ({@link RetryPolicy}). Log lines name outbox ids and SMTP codes only.
 */
@ApplicationScoped
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  @PersistenceContext EntityManager em;

  @Inject Config config;

  @Inject MailSessions sessions;

  @Inject Undeliverables undeliverable;

  Clock clock = Clock.systemUTC();

  /**
   * @return how many mails were claimed (sent or not)
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sendDue(int max) {
    Instant now = clock.instant();
    List<?> ids =
        em.createNativeQuery(
                "SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at <= ?"
                    + " ORDER BY next_attempt_at, id LIMIT "
                    + max
                    + " FOR UPDATE SKIP LOCKED")
            .setParameter(1, Timestamp.from(now))
            .getResultList();
    if (ids.isEmpty()) {
      return 0;
    }
    // the claimed rows in one query, and the batch's addresses refused before in another
    List<OutboxMail> mails =
        em.createQuery(
                "SELECT m FROM OutboxMail m WHERE m.id IN :ids ORDER BY m.nextAttemptAt, m.id",
                OutboxMail.class)
            .setParameter("ids", ids.stream().map(id -> ((Number) id).longValue()).toList())
            .getResultList();
    Set<String> refusedBefore =
        new HashSet<>(
            em.createQuery(
                    "SELECT u.addressIndex FROM UndeliverableAddress u"
                        + " WHERE u.addressIndex IN :addresses",
                    String.class)
                .setParameter(
                    "addresses", mails.stream().map(OutboxMail::recipientIndex).distinct().toList())
                .getResultList());
    RetryPolicy retry =
        new RetryPolicy(
            Duration.ofSeconds(config.getValue(Setting.MAIL_RETRY_SECONDS.key(), Integer.class)));
    Session session = sessions.session();
    Transport transport;
    try {
      transport = sessions.connect(session);
    } catch (MessagingException e) {
      String error = "SMTP connection: " + e.getClass().getSimpleName();
      LOG.warning(error + "; " + mails.size() + " mails wait");
      mails.forEach(m -> failed(m, error, retry, now));
      return mails.size();
    }
    try {
      for (OutboxMail mail : mails) {
        if (refusedBefore.contains(mail.recipientIndex())) {
          mail.attemptFailed("the address was refused for good before", Optional.empty());
        } else {
          send(mail, session, transport, retry, refusedBefore);
        }
      }
    } finally {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.fine("SMTP close: " + e.getClass().getSimpleName());
      }
    }
    return mails.size();
  }

  private void send(
      OutboxMail mail,
      Session session,
      Transport transport,
      RetryPolicy retry,
      Set<String> refused) {
    try {
      MimeMessage message = message(mail, session);
      transport.sendMessage(message, message.getAllRecipients());
      mail.sent(clock.instant());
    } catch (MessagingException e) {
      int code = smtpCode(e);
      String error = "SMTP " + (code > 0 ? code + " " : "") + e.getClass().getSimpleName();
      if (refusedAddress(e, code)) {
        // the server refuses this recipient for good: no more mail to the address
        LOG.warning("outbox " + mail.id() + ": address refused for good (" + error + ")");
        undeliverable.mark(mail.recipientIndex(), error);
        refused.add(mail.recipientIndex());
        mail.attemptFailed(error, Optional.empty());
      } else if (code >= 500) {
        // refused for good, but not for the address (policy, size, relay): this mail only
        LOG.warning("outbox " + mail.id() + ": refused (" + error + ")");
        mail.attemptFailed(error, Optional.empty());
      } else {
        LOG.info("outbox " + mail.id() + ": " + error + ", tried again later");
        failed(mail, error, retry, clock.instant());
      }
    } catch (RuntimeException e) {
      // a mail that cannot even be put together must not undo the batch's other mails
      String error = "cannot build: " + e.getClass().getSimpleName();
      LOG.warning("outbox " + mail.id() + ": " + error);
      failed(mail, error, retry, clock.instant());
    }
  }

  private static void failed(OutboxMail mail, String error, RetryPolicy retry, Instant now) {
    mail.attemptFailed(error, retry.next(mail.attempts() + 1, mail.createdAt(), now));
  }

  /** The mail as it goes out, with the Message-ID it was given when it was written. */
  MimeMessage message(OutboxMail mail, Session session) throws MessagingException {
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", mail.messageId());
          }
        };
    message.setFrom(new InternetAddress(config.getValue(Setting.MAIL_FROM.key(), String.class)));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.recipient()));
    mail.replyTo().ifPresent(to -> setReplyTo(message, to));
    message.setSubject(mail.subject(), "UTF-8");
    message.setHeader("Auto-Submitted", "auto-generated");
    message.setHeader("Content-Language", mail.language());
    message.setSentDate(Date.from(clock.instant()));
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.textBody(), "UTF-8", "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(mail.htmlBody(), "UTF-8", "html");
    MimeMultipart alternative = new MimeMultipart("alternative");
    alternative.addBodyPart(text);
    alternative.addBodyPart(html);
    message.setContent(alternative);
    message.saveChanges();
    return message;
  }

  private static void setReplyTo(MimeMessage message, String address) {
    try {
      message.setReplyTo(new InternetAddress[] {new InternetAddress(address)});
    } catch (MessagingException e) {
      throw new IllegalStateException("a reply-to address Kesher made is not an address", e);
    }
  }

  /** The SMTP reply code of a failure (Angus Mail's exceptions carry it), or 0. */
  static int smtpCode(Throwable failure) {
    for (Throwable t : Causes.of(failure)) {
      try {
        Object code = t.getClass().getMethod("getReturnCode").invoke(t);
        if (code instanceof Integer c && c > 0) {
          return c;
        }
      } catch (ReflectiveOperationException e) {
        // not an SMTP exception: look further down
      }
    }
    return 0;
  }

  /**
   * A recipient refused at RCPT (550, 551, 553 for the address, Angus Mail's
   * SMTPAddressFailedException), as opposed to a refusal of the mail or of the sender.
   */
  static boolean refusedAddress(MessagingException e, int code) {
    return (code == 550 || code == 551 || code == 553)
        && Causes.any(e, t -> t.getClass().getSimpleName().equals("SMTPAddressFailedException"));
  }
}
