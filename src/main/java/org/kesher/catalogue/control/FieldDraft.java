package org.kesher.catalogue.control;

import java.util.List;
import org.kesher.catalogue.entity.FieldDatatype;
import org.kesher.catalogue.entity.RequestField;

/** One of a request type's own form fields, with its options in form order. */
public record FieldDraft(
    String code,
    FieldDatatype datatype,
    boolean required,
    Integer maxLength,
    Texts label,
    Texts hint,
    List<OptionDraft> options)
    implements java.io.Serializable {

  public static FieldDraft of(RequestField field) {
    return new FieldDraft(
        field.code(),
        field.datatype(),
        field.isRequired(),
        field.maxLength().isPresent() ? field.maxLength().getAsInt() : null,
        Texts.of(field.label()),
        Texts.of(field.hint().orElse(null)),
        field.options().stream().map(OptionDraft::of).toList());
  }
}
