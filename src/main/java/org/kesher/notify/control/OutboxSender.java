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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.Causes;
import org.kesher.ground.control.Setting;
import org.kesher.notify.entity.OutboxMail;

/**
 * Sends mails of the outbox that a sender has leased ({@code notify.boundary.OutboxDrain}) over one
 * SMTP connection, and tells what became of each: a mail the SMTP server took is sent; a refusal
 * for good (5xx) marks the address undeliverable; anything else is tried again later ({@link
 * RetryPolicy}). Log lines name outbox ids and SMTP codes only.
 */
@ApplicationScoped
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  @Inject Config config;

  @Inject MailSessions sessions;

  @Inject Undeliverables undeliverable;

  Clock clock = Clock.systemUTC();

  /**
   * Sends the leased mails over one SMTP connection, handing each one's outcome to {@code record}
   * as soon as it is known (the mail is recorded sent before the next one goes out).
   */
  public void send(
      List<OutboxMail> mails,
      Set<String> refusedBefore,
      BiConsumer<Long, Consumer<OutboxMail>> record) {
    Instant now = clock.instant();
    RetryPolicy retry =
        new RetryPolicy(
            Duration.ofSeconds(config.getValue(Setting.MAIL_RETRY_SECONDS.key(), Integer.class)));
    Set<String> refused = new HashSet<>(refusedBefore);
    Session session = sessions.session();
    Transport transport;
    try {
      transport = sessions.connect(session);
    } catch (MessagingException e) {
      String error = "SMTP connection: " + e.getClass().getSimpleName();
      LOG.warning(error + "; " + mails.size() + " mails wait");
      mails.forEach(m -> record.accept(m.id(), failed(error, retry, now)));
      return;
    }
    try {
      for (OutboxMail mail : mails) {
        record.accept(
            mail.id(),
            refused.contains(mail.recipientIndex())
                ? m -> m.attemptFailed("the address was refused for good before", Optional.empty())
                : send(mail, session, transport, retry, refused));
      }
    } finally {
      try {
        transport.close();
      } catch (MessagingException e) {
        LOG.fine("SMTP close: " + e.getClass().getSimpleName());
      }
    }
  }

  /** Sends one mail; what became of it, to be recorded. */
  private Consumer<OutboxMail> send(
      OutboxMail mail,
      Session session,
      Transport transport,
      RetryPolicy retry,
      Set<String> refused) {
    try {
      MimeMessage message = message(mail, session);
      transport.sendMessage(message, message.getAllRecipients());
      Instant sent = clock.instant();
      return m -> m.sent(sent);
    } catch (MessagingException e) {
      int code = smtpCode(e);
      String error = "SMTP " + (code > 0 ? code + " " : "") + e.getClass().getSimpleName();
      if (refusedAddress(e, code)) {
        // the server refuses this recipient for good: no more mail to the address
        LOG.warning("outbox " + mail.id() + ": address refused for good (" + error + ")");
        undeliverable.mark(mail.recipientIndex(), error);
        refused.add(mail.recipientIndex());
        return m -> m.attemptFailed(error, Optional.empty());
      } else if (code >= 500) {
        // refused for good, but not for the address (policy, size, relay): this mail only
        LOG.warning("outbox " + mail.id() + ": refused (" + error + ")");
        return m -> m.attemptFailed(error, Optional.empty());
      } else {
        LOG.info("outbox " + mail.id() + ": " + error + ", tried again later");
        return failed(error, retry, clock.instant());
      }
    } catch (RuntimeException e) {
      // a mail that cannot even be put together must not undo the batch's other mails
      String error = "cannot build: " + e.getClass().getSimpleName();
      LOG.warning("outbox " + mail.id() + ": " + error);
      return failed(error, retry, clock.instant());
    }
  }

  private static Consumer<OutboxMail> failed(String error, RetryPolicy retry, Instant now) {
    return m -> m.attemptFailed(error, retry.next(m.attempts() + 1, m.createdAt(), now));
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
