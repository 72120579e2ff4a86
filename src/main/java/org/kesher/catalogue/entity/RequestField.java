package org.kesher.catalogue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One of a request type's own form fields, as data: the public form, its validation, the REST
 * schema and Open311's service definition are all derived from it.
 */
@Entity
@Table(name = "request_field")
public class RequestField {

  @Id
  @TableGenerator(
      name = "request_field_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "request_field",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "request_field_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "request_type_id")
  private RequestType requestType;

  @Column(nullable = false)
  private String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private FieldDatatype datatype;

  private boolean required;

  @Column(name = "max_length")
  private Integer maxLength;

  @Column(name = "display_order")
  private int displayOrder;

  /** Its texts in every language given, as rows of {@code request_field_text}. */
  @ElementCollection
  @CollectionTable(name = "request_field_text", joinColumns = @JoinColumn(name = "owner_id"))
  private Set<Translation> texts = new HashSet<>();

  @OneToMany(mappedBy = "field")
  @OrderBy("displayOrder")
  private List<FieldOption> options = new ArrayList<>();

  @Version private long version;

  protected RequestField() {}

  public RequestField(RequestType requestType, String code) {
    this.requestType = requestType;
    this.code = code;
  }

  /** An administrator's revision of the field; the options are changed through the caller. */
  public void revise(
      FieldDatatype datatype,
      boolean required,
      Integer maxLength,
      LocalizedText label,
      LocalizedText hint,
      int displayOrder) {
    this.datatype = datatype;
    this.required = required;
    this.maxLength = maxLength;
    Translation.write(texts, "label", label);
    Translation.write(texts, "hint", hint);
    this.displayOrder = displayOrder;
  }

  public void adopt(FieldOption option) {
    options.add(option);
  }

  public void abandon(FieldOption option) {
    options.remove(option);
  }

  public Long id() {
    return id;
  }

  public RequestType requestType() {
    return requestType;
  }

  public String code() {
    return code;
  }

  public FieldDatatype datatype() {
    return datatype;
  }

  public boolean isRequired() {
    return required;
  }

  public OptionalInt maxLength() {
    return maxLength == null ? OptionalInt.empty() : OptionalInt.of(maxLength);
  }

  public int displayOrder() {
    return displayOrder;
  }

  public LocalizedText label() {
    return Translation.read(texts, "label");
  }

  public Optional<LocalizedText> hint() {
    return Optional.ofNullable(Translation.read(texts, "hint"));
  }

  /** The allowed values of a choice field, in display order; empty for other datatypes. */
  public List<FieldOption> options() {
    return Collections.unmodifiableList(options);
  }
}
