package org.kesher.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An access log entry's link in the hash chain: its place ({@code seq}), the entry it seals, and
 * SHA-256 over the link before it and the entry's columns. Written by the daily seal, never
 * changed.
 */
@Entity
@Table(name = "access_seal")
@NamedQuery(
    name = AccessSeal.FROM,
    query = "SELECT s FROM AccessSeal s WHERE s.seq > :after ORDER BY s.seq")
@NamedQuery(name = AccessSeal.LAST, query = "SELECT s FROM AccessSeal s ORDER BY s.seq DESC")
@NamedQuery(
    name = AccessSeal.LAST_OF_DAY,
    query = "SELECT s FROM AccessSeal s WHERE s.day = :day ORDER BY s.seq DESC")
public class AccessSeal {

  /** The links after a place ({@code :after}), in chain order. */
  public static final String FROM = "AccessSeal.from";

  /** The links, the newest first. */
  public static final String LAST = "AccessSeal.last";

  /** A day's links ({@code :day}), the newest first. */
  public static final String LAST_OF_DAY = "AccessSeal.lastOfDay";

  @Id private long seq;

  @Column(name = "entry_id", nullable = false)
  private long entryId;

  @Column(name = "sealed_day", nullable = false)
  private LocalDate day;

  @Column(nullable = false)
  private String hash;

  protected AccessSeal() {}

  public AccessSeal(long seq, long entryId, LocalDate day, String hash) {
    this.seq = seq;
    this.entryId = entryId;
    this.day = Objects.requireNonNull(day);
    this.hash = Objects.requireNonNull(hash);
  }

  public long seq() {
    return seq;
  }

  public long entryId() {
    return entryId;
  }

  public LocalDate day() {
    return day;
  }

  public String hash() {
    return hash;
  }
}
