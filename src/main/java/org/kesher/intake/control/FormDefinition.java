package org.kesher.intake.control;

import java.util.List;
import org.kesher.catalogue.entity.FieldDatatype;
import org.kesher.catalogue.entity.FieldOption;
import org.kesher.catalogue.entity.RequestField;
import org.kesher.catalogue.entity.RequestType;

/**
 * A request type's form as plain data, derived from the catalogue rows: what the validation of
 * every surface (REST, the public form, Open311) checks a submission against.
 */
public record FormDefinition(
    String requestType, boolean anonymousAllowed, List<FieldDefinition> fields) {

  public record FieldDefinition(
      String code,
      FieldDatatype datatype,
      boolean required,
      Integer maxLength,
      List<String> options) {}

  public static FormDefinition of(RequestType type) {
    return new FormDefinition(
        type.code(),
        type.allowsAnonymous(),
        type.fields().stream().map(FormDefinition::field).toList());
  }

  private static FieldDefinition field(RequestField field) {
    return new FieldDefinition(
        field.code(),
        field.datatype(),
        field.isRequired(),
        field.maxLength().isPresent() ? field.maxLength().getAsInt() : null,
        field.options().stream().map(FieldOption::code).toList());
  }
}
