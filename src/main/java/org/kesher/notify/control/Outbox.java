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
import java.util.Map;
import java.util.stream.Collectors;
import org.kesher.ground.control.RunMode;
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

  @Inject RunMode startup;

  /**
   * Whether administrators may read the mails themselves: only on README command one's embedded
   * demo, while none is sent. With a production database administrators see no mail whole, SMTP
   * server or not: they are meant to read no case.
   */
  public boolean readable() {
    return !sessions.configured() && startup.isEmbedded() && startup.demoWanted();
  }

  /**
   * The newest mails, of one status or all (null). A mail is shown whole only while nothing is sent
   * and only when its case is standard; a restricted or sealed case's mail, or any mail once mail
   * goes out, shows where it is and a masked address, nothing more. Tracking codes are never shown.
   */
  public List<Line> newest(OutboxMail.Status status, int max) {
    var query =
        em.createQuery(
            "SELECT m.id, m.kind, m.language, m.status, m.attempts, m.recipient, m.createdAt,"
                + " m.nextAttemptAt, m.sentAt, m.lastError, c.confidentiality FROM OutboxMail m"
                + " LEFT JOIN CaseFile c ON c.id = m.caseId"
                + (status == null ? "" : " WHERE m.status = :status")
                + " ORDER BY m.createdAt DESC, m.id DESC",
            Object[].class);
    if (status != null) {
      query.setParameter("status", status);
    }
    List<Object[]> rows = query.setMaxResults(max).getResultList();
    // subject and text only of the mails that may be read, in one more query: the list itself
    // decrypts no content (nor ever the HTML body)
    Map<Long, Object[]> contents =
        readable()
            ? contents(
                rows.stream()
                    .filter(row -> row[10] == org.kesher.catalogue.entity.Confidentiality.STANDARD)
                    .map(row -> (Long) row[0])
                    .toList())
            : Map.of();
    return rows.stream().map(row -> line(row, contents.get((Long) row[0]))).toList();
  }

  /** Subject and text of these mails, by id. */
  private Map<Long, Object[]> contents(List<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em
        .createQuery(
            "SELECT m.id, m.subject, m.textBody FROM OutboxMail m WHERE m.id IN :ids",
            Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .stream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> row));
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

  /**
   * @param content id, subject and text when the mail may be read, else null
   */
  private static Line line(Object[] row, Object[] content) {
    String recipient = (String) row[5];
    return new Line(
        (Long) row[0],
        (String) row[1],
        (String) row[2],
        ((OutboxMail.Status) row[3]).name(),
        ((Number) row[4]).intValue(),
        content != null ? recipient : masked(recipient),
        (Instant) row[6],
        (Instant) row[7],
        (Instant) row[8],
        row[9] == null ? "" : (String) row[9],
        content != null ? withoutCodes((String) content[1]) : null,
        content != null ? withoutCodes((String) content[2]) : null);
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
