package org.kesher.notify.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.kesher.notify.entity.OutboxMail;
import org.kesher.notify.entity.UndeliverableAddress;

/**
 * The outbox as administrators see it. Without an SMTP server (the embedded default) they read each
 * mail whole, so that a newcomer sees what Kesher would send; once mail really goes out they see
 * where each mail is and why it failed, with the address masked and no content, since
 * administrators see no case content.
 */
@ApplicationScoped
public class Outbox {

  /** One mail as the outbox page lists it; subject and bodies only when they may be read. */
  public record Line(
      long id,
      String kind,
      String language,
      String status,
      int attempts,
      String recipient,
      Instant createdAt,
      Instant nextAttemptAt,
      Instant sentAt,
      String lastError,
      String subject,
      String text)
      implements Serializable {}

  @PersistenceContext EntityManager em;

  @Inject MailSessions sessions;

  Clock clock = Clock.systemUTC();

  /** Whether administrators may read the mails themselves: only while none is sent. */
  public boolean readable() {
    return !sessions.configured();
  }

  /**
   * The newest mails, of one status or all (null). A mail is shown whole only while nothing is sent
   * and only when its case is standard; a restricted or sealed case's mail, or any mail once mail
   * goes out, shows where it is and a masked address, nothing more. Tracking codes are never shown.
   */
  public List<Line> newest(OutboxMail.Status status, int max) {
    var query =
        em.createQuery(
            "SELECT m, c.confidentiality FROM OutboxMail m LEFT JOIN CaseFile c ON c.id ="
                + " m.caseId"
                + (status == null ? "" : " WHERE m.status = :status")
                + " ORDER BY m.createdAt DESC, m.id DESC",
            Object[].class);
    if (status != null) {
      query.setParameter("status", status);
    }
    boolean readable = readable();
    return query.setMaxResults(max).getResultList().stream()
        .map(
            row ->
                line(
                    (OutboxMail) row[0],
                    readable && row[1] == org.kesher.catalogue.entity.Confidentiality.STANDARD))
        .toList();
  }

  public long count(OutboxMail.Status status) {
    return em.createQuery("SELECT COUNT(m) FROM OutboxMail m WHERE m.status = :status", Long.class)
        .setParameter("status", status)
        .getSingleResult();
  }

  /**
   * Puts a failed mail back in the queue, to be tried now: an administrator's decision, so an
   * address refused for good before is tried once more (and marked again if refused again).
   */
  @Transactional
  public boolean retry(long id) {
    OutboxMail mail = em.find(OutboxMail.class, id);
    if (mail == null || mail.status() != OutboxMail.Status.FAILED) {
      return false;
    }
    mail.retry(clock.instant());
    UndeliverableAddress refused = em.find(UndeliverableAddress.class, mail.recipientIndex());
    if (refused != null) {
      em.remove(refused);
    }
    return true;
  }

  private static Line line(OutboxMail m, boolean readable) {
    return new Line(
        m.id(),
        m.kind(),
        m.language(),
        m.status().name(),
        m.attempts(),
        readable ? m.recipient() : masked(m.recipient()),
        m.createdAt(),
        m.nextAttemptAt(),
        m.sentAt().orElse(null),
        m.lastError().orElse(""),
        readable ? withoutCodes(m.subject()) : null,
        readable ? withoutCodes(m.textBody()) : null);
  }

  /** A tracking code is the resident's key to their case: administrators see it blanked. */
  static String withoutCodes(String text) {
    return org.kesher.cases.entity.TrackingCode.blankedIn(text);
  }

  /** "d***@example.org": enough to tell mails apart, not to know who wrote. */
  static String masked(String address) {
    int at = address.indexOf('@');
    if (at <= 0) {
      return "***";
    }
    return address.charAt(0) + "***" + address.substring(at);
  }
}
