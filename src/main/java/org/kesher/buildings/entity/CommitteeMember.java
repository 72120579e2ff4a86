package org.kesher.buildings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.Optional;
import org.kesher.cases.entity.CaseRuleViolation;
import org.kesher.sealing.control.SealedText;

/** A member of a building's house committee; name and contact sealed like a requester's. */
@Entity
@Table(name = "committee_member")
@NamedQuery(
    name = CommitteeMember.OF_BUILDING,
    query = "SELECT m FROM CommitteeMember m WHERE m.building = :building ORDER BY m.id")
public class CommitteeMember {

  public static final String OF_BUILDING = "CommitteeMember.ofBuilding";

  @Id
  @TableGenerator(
      name = "committee_member_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "committee_member",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "committee_member_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "building_id")
  private Building building;

  @Convert(converter = SealedText.class)
  @Column(name = "member_name")
  private String name;

  @Convert(converter = SealedText.class)
  @Column(name = "member_phone")
  private String phone;

  @Convert(converter = SealedText.class)
  @Column(name = "member_email")
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(name = "member_role", nullable = false)
  private CommitteeRole role;

  @Column(name = "contact_person", nullable = false)
  private boolean contactPerson;

  @Version private long version;

  protected CommitteeMember() {}

  /**
   * @throws CaseRuleViolation without a name
   */
  public CommitteeMember(
      Building building,
      String name,
      String phone,
      String email,
      CommitteeRole role,
      boolean contactPerson) {
    if (name == null || name.isBlank()) {
      throw new CaseRuleViolation("building.memberNameMissing", "a committee member has a name");
    }
    this.building = building;
    this.name = name.strip();
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    this.email = email == null || email.isBlank() ? null : email.strip();
    this.role = role == null ? CommitteeRole.MEMBER : role;
    this.contactPerson = contactPerson;
  }

  /** Another member became the contact person. */
  public void noLongerContact() {
    this.contactPerson = false;
  }

  public Long id() {
    return id;
  }

  public Building building() {
    return building;
  }

  public String name() {
    return name;
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public CommitteeRole role() {
    return role;
  }

  public boolean contactPerson() {
    return contactPerson;
  }
}
