package org.kesher.catalogue.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "he", column = @Column(name = "label_he")),
    @AttributeOverride(name = "ar", column = @Column(name = "label_ar")),
    @AttributeOverride(name = "en", column = @Column(name = "label_en"))
  })
  private LocalizedText label;

  @Version private long version;

  protected FieldOption() {}

  public FieldOption(RequestField field, String code) {
    this.field = field;
    this.code = code;
  }

  public void revise(LocalizedText label, int displayOrder) {
    this.label = label;
    this.displayOrder = displayOrder;
  }

  public String code() {
    return code;
  }

  public int displayOrder() {
    return displayOrder;
  }

  public LocalizedText label() {
    return label;
  }
}
