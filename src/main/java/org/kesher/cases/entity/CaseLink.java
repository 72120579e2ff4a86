package org.kesher.cases.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.kesher.access.entity.StaffAccount;

/**
 * One direction of two cases a caseworker linked as related: each link is kept as two rows, so that
 * either case lists the other.
 */
@Entity
@Table(name = "case_link")
public class CaseLink {

  @Id
  @TableGenerator(
      name = "case_link_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "case_link",
      allocationSize = 20)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_link_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "case_id")
  private CaseFile caseFile;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "linked_case_id")
  private CaseFile linked;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "linked_by")
  private StaffAccount linkedBy;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  protected CaseLink() {}

  private CaseLink(CaseFile caseFile, CaseFile linked, StaffAccount by, Instant at) {
    this.caseFile = caseFile;
    this.linked = linked;
    this.linkedBy = Objects.requireNonNull(by, "by");
    this.linkedAt = at;
  }

  /** Both directions of a link between {@code one} and {@code other}. */
  public static List<CaseLink> between(CaseFile one, CaseFile other, StaffAccount by, Instant at) {
    if (one == other || one.id() != null && one.id().equals(other.id())) {
      throw new CaseRuleViolation("case.linkItself", "a case is not linked to itself");
    }
    return List.of(new CaseLink(one, other, by, at), new CaseLink(other, one, by, at));
  }
}
