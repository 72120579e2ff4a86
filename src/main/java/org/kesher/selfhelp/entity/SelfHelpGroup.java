package org.kesher.selfhelp.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Unit;
import org.kesher.catalogue.entity.UnitKind;
import org.kesher.ground.control.Language;

/**
 * An entry of the self-help groups and organisations directory, kept by the self-help centre that
 * accompanies the group, in the group's own words. A draft until the centre publishes it; confirmed
 * with the group once a year: an entry whose confirmation is {@link #REVIEW_AFTER} old is flagged
 * to the centre, and hidden when {@link #GRACE} more passes without one.
 */
@Entity
@Table(name = "self_help_group")
public class SelfHelpGroup {

  /** How long a confirmation holds. */
  public static final Duration REVIEW_AFTER = Duration.ofDays(365);

  /** How long a flagged entry stays published without a confirmation. */
  public static final Duration GRACE = Duration.ofDays(60);

  @Id
  @TableGenerator(
      name = "self_help_group_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "self_help_group",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "self_help_group_ids")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GroupKind kind = GroupKind.GROUP;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private GroupStatus status = GroupStatus.DRAFT;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "centre_id")
  private Unit centre;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "locality_id")
  private Locality locality;

  @Column(nullable = false)
  private String name;

  private String about;

  /** The languages it meets in, as codes joined by commas and framed by them (",he,ru,"). */
  @Column(nullable = false)
  private String languages = ",he,";

  @Column(name = "in_person")
  private boolean inPerson;

  private boolean online;

  @Column(name = "phone_line")
  private boolean phoneLine;

  private String meets;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "contact_email")
  private String contactEmail;

  private String website;

  @Column(name = "venue_accessible")
  private boolean venueAccessible;

  private String accessibility;

  @Column(name = "founding_case_id")
  private Long foundingCaseId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "flagged_at")
  private Instant flaggedAt;

  @ManyToMany
  @JoinTable(
      name = "self_help_group_topic",
      joinColumns = @JoinColumn(name = "group_id"),
      inverseJoinColumns = @JoinColumn(name = "topic_id"))
  private Set<GroupTopic> topics = new LinkedHashSet<>();

  @Version private long version;

  protected SelfHelpGroup() {}

  /** A draft of the centre, named, perhaps from the request to found it. */
  public SelfHelpGroup(Unit centre, String name, Long foundingCaseId, Instant at) {
    if (centre == null || centre.kind() != UnitKind.SELF_HELP_CENTER) {
      throw new IllegalArgumentException("centre"); // an entry is kept by a self-help centre
    }
    this.centre = centre;
    this.name = GroupDetails.required(name, 200);
    this.foundingCaseId = foundingCaseId;
    this.createdAt = at;
  }

  /** The centre's edit of everything the directory shows. */
  public void describe(GroupDetails details, Locality locality, Set<GroupTopic> topics) {
    this.kind = details.kind();
    this.name = GroupDetails.required(details.name(), 200);
    this.about = details.about();
    this.languages =
        "," + String.join(",", details.languages().stream().map(Language::code).toList()) + ",";
    this.inPerson = details.inPerson();
    this.online = details.online();
    this.phoneLine = details.phoneLine();
    this.meets = details.meets();
    this.contactPhone = details.contactPhone();
    this.contactEmail = details.contactEmail();
    this.website = details.website();
    this.venueAccessible = details.venueAccessible();
    this.accessibility = details.accessibility();
    this.locality = locality;
    this.topics.clear();
    this.topics.addAll(topics);
  }

  /** Published: the public finds it, confirmed as of now. */
  public void publish(Instant at) {
    if (topics.isEmpty() || (contactPhone == null && contactEmail == null && website == null)) {
      throw new IllegalStateException("an entry is published with a topic and a way to reach it");
    }
    status = GroupStatus.PUBLISHED;
    confirm(at);
  }

  /** The group confirmed its entry is still right: its year starts again. */
  public void confirm(Instant at) {
    confirmedAt = at;
    flaggedAt = null;
  }

  /** Taken out of the public directory (by the centre, or by the review). */
  public void hide() {
    status = GroupStatus.HIDDEN;
  }

  /**
   * The yearly review at {@code now}: a published entry whose confirmation is a year old is flagged
   * (returns FLAGGED once), and hidden once the grace period has passed as well (HIDDEN).
   */
  public Optional<GroupStatus> review(Instant now) {
    if (status != GroupStatus.PUBLISHED || confirmedAt == null) {
      return Optional.empty();
    }
    if (flaggedAt == null && !now.isBefore(confirmedAt.plus(REVIEW_AFTER))) {
      flaggedAt = now;
      return Optional.of(GroupStatus.PUBLISHED);
    }
    if (flaggedAt != null && !now.isBefore(flaggedAt.plus(GRACE))) {
      hide();
      return Optional.of(GroupStatus.HIDDEN);
    }
    return Optional.empty();
  }

  public Long id() {
    return id;
  }

  public GroupKind kind() {
    return kind;
  }

  public GroupStatus status() {
    return status;
  }

  public Unit centre() {
    return centre;
  }

  public Optional<Locality> locality() {
    return Optional.ofNullable(locality);
  }

  public GroupDetails details() {
    List<Language> spoken = new ArrayList<>();
    for (String code : languages.split(",")) {
      Language.fromCode(code).ifPresent(spoken::add);
    }
    return new GroupDetails(
        kind,
        name,
        about,
        spoken,
        inPerson,
        online,
        phoneLine,
        meets,
        contactPhone,
        contactEmail,
        website,
        venueAccessible,
        accessibility);
  }

  public Set<GroupTopic> topics() {
    return topics;
  }

  public Optional<Long> foundingCaseId() {
    return Optional.ofNullable(foundingCaseId);
  }

  public Optional<Instant> confirmedAt() {
    return Optional.ofNullable(confirmedAt);
  }

  /** When the centre was told the entry needs confirming, while it waits for one. */
  public Optional<Instant> flaggedAt() {
    return Optional.ofNullable(flaggedAt);
  }

  public long version() {
    return version;
  }
}
