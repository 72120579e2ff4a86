package org.kesher.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A day of the access log, sealed: how many entries, the places of its first and last link, and the
 * head (the last link's hash, or the day before's head on a day without entries) that also went to
 * the server log and the privacy officers' mail. Kept when the day's entries are pruned, so that
 * the chain of what remains still starts from a known hash.
 */
@Entity
@Table(name = "access_day")
@NamedQuery(name = SealedDay.NEWEST, query = "SELECT d FROM SealedDay d ORDER BY d.day DESC")
@NamedQuery(
    name = SealedDay.BEFORE_SEQ,
    query =
        "SELECT d FROM SealedDay d WHERE d.lastSeq IS NOT NULL AND d.lastSeq < :seq"
            + " ORDER BY d.lastSeq DESC")
@NamedQuery(name = SealedDay.ALL, query = "SELECT d FROM SealedDay d ORDER BY d.day")
public class SealedDay {

  /** The sealed days, the newest first. */
  public static final String NEWEST = "SealedDay.newest";

  /** The sealed days whose last link comes before a place ({@code :seq}), the latest first. */
  public static final String BEFORE_SEQ = "SealedDay.beforeSeq";

  /** Every sealed day, the oldest first. */
  public static final String ALL = "SealedDay.all";

  @Id
  @Column(name = "sealed_day")
  private LocalDate day;

  @Column(name = "first_seq")
  private Long firstSeq;

  @Column(name = "last_seq")
  private Long lastSeq;

  @Column(name = "entry_count", nullable = false)
  private long entries;

  @Column(nullable = false)
  private String head;

  @Column(name = "sealed_at", nullable = false)
  private Instant sealedAt;

  protected SealedDay() {}

  public SealedDay(
      LocalDate day, Long firstSeq, Long lastSeq, long entries, String head, Instant sealedAt) {
    this.day = Objects.requireNonNull(day);
    this.firstSeq = firstSeq;
    this.lastSeq = lastSeq;
    this.entries = entries;
    this.head = Objects.requireNonNull(head);
    this.sealedAt = Objects.requireNonNull(sealedAt);
  }

  public LocalDate day() {
    return day;
  }

  public Optional<Long> firstSeq() {
    return Optional.ofNullable(firstSeq);
  }

  public Optional<Long> lastSeq() {
    return Optional.ofNullable(lastSeq);
  }

  public long entries() {
    return entries;
  }

  public String head() {
    return head;
  }

  public Instant sealedAt() {
    return sealedAt;
  }
}
