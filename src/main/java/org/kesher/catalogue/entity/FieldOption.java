package org.kesher.catalogue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** One allowed value of a CHOICE or MULTI_CHOICE field. */
@Entity
@Table(name = "request_field_option")
public class FieldOption {

  @Id
  @TableGenerator(
      name = "request_field_option_ids",
      table = "id_sequence",
      pkColumnName = "seq_name",
      valueColumnName = "seq_count",
      pkColumnValue = "request_field_option",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.TABLE, generator = "request_field_option_ids")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "field_id")
  private RequestField field;

  @Column(nullable = false)
  private String code;

  @Column(name = "display_order")
  private int displayOrder;

  /** Its texts in every language given, as rows of {@code request_field_option_text}. */
  @ElementCollection
  @CollectionTable(name = "request_field_option_text", joinColumns = @JoinColumn(name = "owner_id"))
  private Set<Translation> texts = new HashSet<>();

  @Version private long version;

  protected FieldOption() {}

  public FieldOption(RequestField field, String code) {
    this.field = field;
    this.code = code;
  }

  public void revise(LocalizedText label, int displayOrder) {
    Translation.write(texts, "label", label);
    this.displayOrder = displayOrder;
  }

  public String code() {
    return code;
  }

  public int displayOrder() {
    return displayOrder;
  }

  public LocalizedText label() {
    return Translation.read(texts, "label");
  }
}
