package org.kesher.notify.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An address an SMTP server refused for good (a 5xx answer), known by its blind index only: no
 * further mail is tried to it.
 */
@Entity
@Table(name = "mail_undeliverable")
public class UndeliverableAddress {

  @Id
  @Column(name = "address_bidx")
  private String addressIndex;

  @Column(nullable = false)
  private String reason;

  @Column(name = "marked_at", nullable = false)
  private Instant markedAt;

  protected UndeliverableAddress() {}

  public UndeliverableAddress(String addressIndex, String reason, Instant markedAt) {
    this.addressIndex = addressIndex;
    this.reason = reason.substring(0, Math.min(300, reason.length()));
    this.markedAt = markedAt;
  }
}
