package org.kesher.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/** A ready answer a caseworker starts a public reply from: for one unit or all, in one language. */
@Entity
@Table(name = "canned_reply")
@NamedQuery(
    name = CannedReply.FOR_UNIT,
    query =
        "SELECT r FROM CannedReply r WHERE r.active = TRUE AND r.language = :language AND"
            + " (r.unitId IS NULL OR r.unitId = :unit) ORDER BY r.unitId DESC, r.id")
public class CannedReply {

  public static final String FOR_UNIT = "CannedReply.forUnit";

  @Id
  @TableGenerator(
      name = "canned_reply_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "canned_reply",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "canned_reply_ids")
  private Long id;

  @Column(name = "unit_id")
  private Long unitId;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  private boolean active = true;

  @Version private long version;

  protected CannedReply() {}

  public CannedReply(Long unitId, String language, String title, String body) {
    this.unitId = unitId;
    this.language = language;
    this.title = title;
    this.body = body;
  }

  public void revise(Long unitId, String language, String title, String body) {
    this.unitId = unitId;
    this.language = language;
    this.title = title;
    this.body = body;
  }

  public Long unitId() {
    return unitId;
  }

  public String language() {
    return language;
  }

  public boolean isActive() {
    return active;
  }

  public long version() {
    return version;
  }

  public Long id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }
}
