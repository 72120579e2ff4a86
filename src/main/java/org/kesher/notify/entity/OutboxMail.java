package org.kesher.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.kesher.sealing.control.SealedText;

/**
 * One mail waiting to be sent, sent, or given up on. Written in the transaction of the change that
 * caused it; its recipient, subject and bodies are sealed; its Message-ID never changes, so that a
 * mail sent twice after a crash is still one mail to the reader's program.
 */
@Entity
@Table(name = "mail_outbox")
public class OutboxMail {

  /** Where a mail is. */
  public enum Status {
    PENDING,
    SENT,
    FAILED
  }

  @Id
  @TableGenerator(
      name = "mail_outbox_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "mail_outbox",
      // every intake writes some: a block reserved (a transaction of its own) once in 500
      allocationSize = 500)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "mail_outbox_ids")
  private Long id;

  @Column(name = "message_id", nullable = false)
  private String messageId;

  @Column(nullable = false)
  private String kind;

  @Column(name = "case_id")
  private Long caseId;

  @Column(nullable = false)
  private String language;

  @Convert(converter = SealedText.class)
  @Column(nullable = false)
  private String recipient;

  @Column(name = "recipient_bidx", nullable = false)
  private String recipientIndex;

  @Column(name = "reply_to")
  private String replyTo;

  @Convert(converter = SealedText.class)
  @Column(nullable = false)
  private String subject;

  @Convert(converter = SealedText.class)
  @Column(name = "text_body", nullable = false)
  private String textBody;

  @Convert(converter = SealedText.class)
  @Column(name = "html_body", nullable = false)
  private String htmlBody;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status = Status.PENDING;

  private int attempts;

  @Column(name = "next_attempt_at", nullable = false)
  private Instant nextAttemptAt;

  @Column(name = "last_error")
  private String lastError;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "sent_at")
  private Instant sentAt;

  @jakarta.persistence.Version private long version;

  protected OutboxMail() {}

  public OutboxMail(
      String messageId,
      String kind,
      Long caseId,
      String language,
      String recipient,
      String recipientIndex,
      String subject,
      String textBody,
      String htmlBody,
      Instant now) {
    this.messageId = Objects.requireNonNull(messageId);
    this.kind = Objects.requireNonNull(kind);
    this.caseId = caseId;
    this.language = Objects.requireNonNull(language);
    this.recipient = Objects.requireNonNull(recipient);
    this.recipientIndex = Objects.requireNonNull(recipientIndex);
    this.subject = Objects.requireNonNull(subject);
    this.textBody = Objects.requireNonNull(textBody);
    this.htmlBody = Objects.requireNonNull(htmlBody);
    this.createdAt = now;
    this.nextAttemptAt = now;
  }

  /** Where the resident's answer by mail goes: the reply address with the case's token. */
  public OutboxMail replyTo(String address) {
    this.replyTo = address;
    return this;
  }

  /** Leased to one sender until {@code until}: no other takes it before then. */
  public void leaseUntil(Instant until) {
    if (status == Status.PENDING) {
      nextAttemptAt = until;
    }
  }

  /** The SMTP server took it. */
  public void sent(Instant now) {
    status = Status.SENT;
    sentAt = now;
    lastError = null;
  }

  /** An attempt failed; tried again at {@code next}, or never when empty. */
  public void attemptFailed(String error, Optional<Instant> next) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(300, error.length()));
    if (next.isPresent()) {
      nextAttemptAt = next.get();
    } else {
      status = Status.FAILED;
    }
  }

  /** An administrator asks for another try of a failed mail: now, with a fresh count. */
  public void retry(Instant now) {
    if (status == Status.FAILED) {
      status = Status.PENDING;
      attempts = 0;
      createdAt = now;
      nextAttemptAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public String messageId() {
    return messageId;
  }

  public String kind() {
    return kind;
  }

  public Optional<Long> caseId() {
    return Optional.ofNullable(caseId);
  }

  public String language() {
    return language;
  }

  public String recipient() {
    return recipient;
  }

  public String recipientIndex() {
    return recipientIndex;
  }

  public Optional<String> replyTo() {
    return Optional.ofNullable(replyTo);
  }

  public String subject() {
    return subject;
  }

  public String textBody() {
    return textBody;
  }

  public String htmlBody() {
    return htmlBody;
  }

  public Status status() {
    return status;
  }

  public int attempts() {
    return attempts;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant nextAttemptAt() {
    return nextAttemptAt;
  }

  public Optional<String> lastError() {
    return Optional.ofNullable(lastError);
  }

  public Optional<Instant> sentAt() {
    return Optional.ofNullable(sentAt);
  }
}
