package org.kesher.mediation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.kesher.cases.entity.CaseFile;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.sealing.control.SealedBytes;

/**
 * How a mediation ended: agreement, partial agreement or none, the signed agreement (a PDF, sealed
 * like every case file, which every party may download) and when to follow up. One per case; a
 * later record replaces it.
 */
@Entity
@Table(name = "mediation_outcome")
public class MediationOutcome {

  /** The largest signed agreement kept. */
  public static final int AGREEMENT_MAX_BYTES = 10 * 1024 * 1024;

  @Id
  @Column(name = "case_id")
  private Long caseId;

  @MapsId
  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome result;

  @Column(name = "agreement_name")
  private String agreementName;

  @Convert(converter = SealedBytes.class)
  private byte[] agreement;

  @Column(name = "follow_up")
  private LocalDate followUp;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Version private long version;

  protected MediationOutcome() {}

  public MediationOutcome(CaseFile caseFile) {
    this.caseFile = caseFile;
  }

  /**
   * Records the outcome.
   *
   * @param agreementPdf the signed agreement, or null to keep the one recorded before
   * @throws CaseRuleViolation when the file is not a PDF or too large, or the follow-up is past
   */
  public void record(
      Outcome result,
      String agreementName,
      byte[] agreementPdf,
      LocalDate followUp,
      LocalDate today,
      Instant now) {
    if (result == null) {
      throw new CaseRuleViolation("outcome.missing", "choose the outcome");
    }
    if (agreementPdf != null && agreementPdf.length > 0) {
      if (agreementPdf.length > AGREEMENT_MAX_BYTES
          || agreementPdf.length < 5
          || !new String(agreementPdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)
              .equals("%PDF-")) {
        throw new CaseRuleViolation("outcome.notPdf", "the agreement is a PDF of up to 10 MB");
      }
      this.agreement = agreementPdf;
      this.agreementName = fileName(agreementName);
    }
    if (followUp != null && followUp.isBefore(today)) {
      throw new CaseRuleViolation("outcome.followUpPast", "a follow-up is today or later");
    }
    this.result = result;
    this.followUp = followUp;
    this.recordedAt = now;
  }

  /** Erases the signed agreement with its case's content (retention, or the resident's request). */
  public void erase() {
    this.agreement = null;
    this.agreementName = null;
  }

  private static String fileName(String given) {
    String name = given == null ? "" : given.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "").strip();
    if (name.isEmpty()) {
      name = "agreement.pdf";
    }
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }

  public CaseFile caseFile() {
    return caseFile;
  }

  public Outcome result() {
    return result;
  }

  public Optional<String> agreementName() {
    return Optional.ofNullable(agreement == null ? null : agreementName);
  }

  public Optional<byte[]> agreement() {
    return Optional.ofNullable(agreement);
  }

  public Optional<LocalDate> followUp() {
    return Optional.ofNullable(followUp);
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
