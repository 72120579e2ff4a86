package org.kesher.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.kesher.ground.control.Setting;
import org.kesher.intake.entity.ReceivedMail;
import org.kesher.notify.entity.UndeliverableAddress;
import org.kesher.sealing.control.Normalised;
import org.kesher.sealing.control.SealingKeys;

/**
 * Handles one mail from Kesher's mailbox, once: a bounce marks the addresses it names
 * undeliverable; an automatic answer is left; a resident's answer with a case's reply token becomes
 * a reply on that case; a resident's mail without a token opens a GENERAL request for the intake
 * desk. The mail's Message-ID (hashed) is recorded in the same transaction, so two nodes reading
 * the same mailbox never add one answer twice.
 */
@ApplicationScoped
public class Inbox {

  @PersistenceContext EntityManager em;

  @Inject Intake intake;

  @Inject MailIntake mailIntake;

  @Inject Config config;

  Clock clock = Clock.systemUTC();

  /**
   * @return what became of it: ADDED, CLOSED, INVALID, NO_CASE, OPENED, NOT_OPENED, NO_TOKEN (no
   *     sender to answer), AUTOMATIC, BOUNCE, SEEN
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public String handle(Message message, String replyAddress)
      throws MessagingException, IOException {
    InboundMessage mail = new InboundMessage(message);
    String hash = sha256(mail.id());
    if (em.find(ReceivedMail.class, hash) != null) {
      return "SEEN";
    }
    ReceivedMail received = new ReceivedMail(hash, clock.instant());
    em.persist(received);
    em.flush();
    String outcome = outcome(mail, replyAddress);
    received.outcome(outcome);
    return outcome;
  }

  private String outcome(InboundMessage mail, String replyAddress)
      throws MessagingException, IOException {
    var bounced = mail.bouncedRecipients();
    if (!bounced.isEmpty()) {
      // only a bounce of a mail Kesher sent to that very address counts: anyone can write a report
      var returned = mail.returnedMessageIds();
      int marked = 0;
      for (String address : bounced) {
        String index = SealingKeys.ring().blindIndex(Normalised.email(address));
        boolean ours =
            !returned.isEmpty()
                && em.createQuery(
                            "SELECT COUNT(m) FROM OutboxMail m WHERE m.messageId IN :ids AND"
                                + " m.recipientIndex = :index",
                            Long.class)
                        .setParameter("ids", returned)
                        .setParameter("index", index)
                        .getSingleResult()
                    > 0;
        if (ours && em.find(UndeliverableAddress.class, index) == null) {
          em.persist(new UndeliverableAddress(index, "bounce", clock.instant()));
          marked++;
        }
      }
      return marked > 0 ? "BOUNCE" : "BOUNCE_UNKNOWN";
    }
    if (mail.isAutomatic()) {
      return "AUTOMATIC";
    }
    Optional<String> token = mail.replyToken(replyAddress);
    if (token.isEmpty()) {
      return opened(mail, replyAddress);
    }
    return intake.replyByMail(token.get(), mail.text(), mail.attachments()).name();
  }

  /**
   * A resident's mail that belongs to no case opens a request for the intake desk ({@link
   * MailIntake}), in this transaction, so that one mail opens one request however many nodes read
   * it; its sender gets the reference and tracking code by mail.
   */
  private String opened(InboundMessage mail, String replyAddress)
      throws MessagingException, IOException {
    List<String> ours = new ArrayList<>(List.of(replyAddress));
    config.getOptionalValue(Setting.MAIL_FROM.key(), String.class).ifPresent(ours::add);
    Optional<InternetAddress> sender = mail.sender(ours);
    if (sender.isEmpty()) {
      return "NO_TOKEN";
    }
    var request =
        new MailIntake.MailRequest(
            sender.get().getAddress().strip(),
            sender.get().getPersonal(),
            mail.subject(),
            mail.text(),
            mail.attachments());
    return mailIntake.open(request).isPresent() ? "OPENED" : "NOT_OPENED";
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
