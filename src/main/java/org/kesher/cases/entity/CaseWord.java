package org.kesher.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One word of a case's texts in the blind word index: the case and the word's keyed hash, never the
 * word, with the case's unit and creation time (fixed once a case is open) and whether the case is
 * open (rewritten when it closes or reopens), so that one unit's open (or closed) cases holding a
 * word are read newest first from one index range. Written when the case opens.
 */
@Entity
@Table(name = "case_word")
@IdClass(CaseWord.Key.class)
public class CaseWord {

  /** The composite key: a case holds each word once. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private Long caseId;
    private Long hash;

    public Key() {}

    public Key(Long caseId, Long hash) {
      this.caseId = caseId;
      this.hash = hash;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(caseId, k.caseId) && Objects.equals(hash, k.hash);
    }

    @Override
    public int hashCode() {
      return Objects.hash(caseId, hash);
    }
  }

  @Id
  @Column(name = "case_id")
  private Long caseId;

  @Id
  @Column(name = "word_hash")
  private Long hash;

  @Column(name = "unit_id", nullable = false)
  private Long unitId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "case_open", nullable = false)
  private boolean caseOpen;

  protected CaseWord() {}

  public CaseWord(long caseId, long hash, long unitId, Instant createdAt, boolean caseOpen) {
    this.caseId = caseId;
    this.hash = hash;
    this.unitId = unitId;
    this.createdAt = Objects.requireNonNull(createdAt, "created at");
    this.caseOpen = caseOpen;
  }

  public long caseId() {
    return caseId;
  }

  public long hash() {
    return hash;
  }
}
