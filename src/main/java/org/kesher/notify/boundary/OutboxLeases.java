package org.kesher.notify.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.kesher.notify.entity.OutboxMail;

/**
 * The outbox's transactions, each short and committed at once ({@link OutboxDrain}): leasing a
 * batch of due mails to this sender, and recording one mail's outcome.
 */
@ApplicationScoped
public class OutboxLeases {

  /**
   * How long leased mails are this sender's: longer than a batch can take over a slow SMTP server.
   * A sender that died leaves its unsent mails to the others after this.
   */
  static final Duration LEASE = Duration.ofMinutes(2);

  @PersistenceContext EntityManager em;

  Clock clock = Clock.systemUTC();

  /**
   * Up to {@code max} due mails, leased to this sender: {@code SELECT ... FOR UPDATE SKIP LOCKED}
   * keeps two senders from taking one mail, and the lease (the next attempt moved past the lease's
   * end) keeps it this sender's once the transaction has committed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<OutboxMail> lease(int max) {
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
      return List.of();
    }
    List<OutboxMail> mails =
        em.createQuery(
                "SELECT m FROM OutboxMail m WHERE m.id IN :ids ORDER BY m.nextAttemptAt, m.id",
                OutboxMail.class)
            .setParameter("ids", ids.stream().map(id -> ((Number) id).longValue()).toList())
            .getResultList();
    Instant until = now.plus(LEASE);
    mails.forEach(m -> m.leaseUntil(until));
    return mails;
  }

  /** Of the mails' addresses, those the SMTP server refused for good before. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Set<String> refusedBefore(List<OutboxMail> mails) {
    return new HashSet<>(
        em.createQuery(
                "SELECT u.addressIndex FROM UndeliverableAddress u"
                    + " WHERE u.addressIndex IN :addresses",
                String.class)
            .setParameter(
                "addresses", mails.stream().map(OutboxMail::recipientIndex).distinct().toList())
            .getResultList());
  }

  /** Writes one mail's outcome. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void write(long id, Consumer<OutboxMail> outcome) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail != null) {
      outcome.accept(mail);
    }
  }
}
