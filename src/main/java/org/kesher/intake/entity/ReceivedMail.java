package org.kesher.intake.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail read from the mailbox, known by a hash of its Message-ID, and what became of it. */
@Entity
@Table(name = "mail_inbound")
public class ReceivedMail {

  @Id
  @Column(name = "message_hash")
  private String messageHash;

  @Column(nullable = false)
  private String outcome;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  protected ReceivedMail() {}

  public ReceivedMail(String messageHash, Instant receivedAt) {
    this.messageHash = messageHash;
    this.outcome = "READING";
    this.receivedAt = receivedAt;
  }

  public void outcome(String outcome) {
    this.outcome = outcome;
  }
}
