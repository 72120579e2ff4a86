package org.kesher.catalogue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An entry of the service catalogue: what a resident can ask for, with its own form fields, its
 * confidentiality level, whether it may be anonymous, and its SLA targets.
 */
@Entity
@Table(name = "request_type")
@NamedQuery(
    name = RequestType.ACTIVE,
    query = "SELECT t FROM RequestType t WHERE t.active = TRUE ORDER BY t.displayOrder, t.code")
@NamedQuery(name = RequestType.BY_CODE, query = "SELECT t FROM RequestType t WHERE t.code = :code")
public class RequestType {

  public static final String ACTIVE = "RequestType.active";
  public static final String BY_CODE = "RequestType.byCode";

  /** The retention of a type no administrator set: seven years. */
  public static final int DEFAULT_RETENTION_MONTHS = 84;

  /** The longest retention an administrator may set: a hundred years. */
  public static final int LONGEST_RETENTION_MONTHS = 1200;

  @Id
  @TableGenerator(
      name = "request_type_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "request_type",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "request_type_ids")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Confidentiality confidentiality;

  @Column(name = "anonymous_allowed")
  private boolean anonymousAllowed;

  @Column(name = "first_response_hours")
  private int firstResponseHours;

  @Column(name = "resolution_hours")
  private int resolutionHours;

  /** How long a case of this type is kept whole after it ended, before it is anonymised. */
  @Column(name = "retention_months")
  private int retentionMonths = DEFAULT_RETENTION_MONTHS;

  /** Its texts in every language given, as rows of {@code request_type_text}. */
  @ElementCollection
  @CollectionTable(name = "request_type_text", joinColumns = @JoinColumn(name = "owner_id"))
  private Set<Translation> texts = new HashSet<>();

  @OneToMany(mappedBy = "requestType")
  @OrderBy("displayOrder")
  private List<RequestField> fields = new ArrayList<>();

  private boolean active = true;

  @Column(name = "display_order")
  private int displayOrder;

  @Version private long version;

  protected RequestType() {}

  public RequestType(
      String code, Confidentiality confidentiality, LocalizedText name, LocalizedText description) {
    this.code = code;
    this.confidentiality = confidentiality;
    Translation.write(texts, "name", name);
    Translation.write(texts, "description", description);
  }

  public Long id() {
    return id;
  }

  /** Months a case of this type is kept whole after it ended. */
  public int retentionMonths() {
    return retentionMonths;
  }

  /**
   * Keeps the cases of this type whole for {@code months} after they ended.
   *
   * @throws IllegalArgumentException below one month or above {@link #LONGEST_RETENTION_MONTHS}
   */
  public void keepEndedCasesFor(int months) {
    if (months < 1 || months > LONGEST_RETENTION_MONTHS) {
      throw new IllegalArgumentException("retention of " + months + " months");
    }
    this.retentionMonths = months;
  }

  public String code() {
    return code;
  }

  public Confidentiality confidentiality() {
    return confidentiality;
  }

  public boolean isSealed() {
    return confidentiality == Confidentiality.SEALED;
  }

  public boolean allowsAnonymous() {
    return anonymousAllowed;
  }

  /** Target for the first answer, in business hours. */
  public Duration firstResponseTarget() {
    return Duration.ofHours(firstResponseHours);
  }

  /** Target for resolution, in business hours (the clock pauses while the case waits). */
  public int resolutionHours() {
    return resolutionHours;
  }

  /** {@link #resolutionHours()} as a duration of business time. */
  public Duration resolutionTarget() {
    return Duration.ofHours(resolutionHours);
  }

  public LocalizedText name() {
    return Translation.read(texts, "name");
  }

  public LocalizedText description() {
    return Translation.read(texts, "description");
  }

  /** The type's own form fields, in form order. */
  public List<RequestField> fields() {
    return Collections.unmodifiableList(fields);
  }

  /** An administrator's revision of everything but the code and the fields. */
  public void revise(
      LocalizedText name,
      LocalizedText description,
      Confidentiality confidentiality,
      boolean anonymousAllowed,
      int firstResponseHours,
      int resolutionHours,
      boolean active) {
    Translation.write(texts, "name", name);
    Translation.write(texts, "description", description);
    this.confidentiality = confidentiality;
    this.anonymousAllowed = anonymousAllowed;
    this.firstResponseHours = firstResponseHours;
    this.resolutionHours = resolutionHours;
    this.active = active;
  }

  /** Shown after the types that are there. */
  public void placeAt(int displayOrder) {
    this.displayOrder = displayOrder;
  }

  public int displayOrder() {
    return displayOrder;
  }

  /** Adds a field to the type's list in memory (the field is persisted by the caller). */
  public void adopt(RequestField field) {
    fields.add(field);
  }

  /** Drops a field from the type's list in memory (the field is removed by the caller). */
  public void abandon(RequestField field) {
    fields.remove(field);
  }

  public long version() {
    return version;
  }

  public boolean isActive() {
    return active;
  }
}
