package org.kesher.intake.control;

import java.util.List;
import org.kesher.catalogue.entity.FieldDatatype;
import org.kesher.catalogue.entity.FieldOption;
import org.kesher.catalogue.entity.RequestField;
import org.kesher.catalogue.entity.RequestType;

/**
 * A request type's form as plain data, derived from the catalogue rows: what the validation of
 * every surface (REST, the public form, Open311) checks a submission against, with the codes of the
 * programmes a request of the type may name.
 */
public record FormDefinition(
    String requestType,
    boolean anonymousAllowed,
    List<FieldDefinition> fields,
    List<String> programmes) {

  /** A form with no programme to name. */
  public FormDefinition(
      String requestType, boolean anonymousAllowed, List<FieldDefinition> fields) {
    this(requestType, anonymousAllowed, fields, List.of());
  }

  public record FieldDefinition(
      String code,
      FieldDatatype datatype,
      boolean required,
      Integer maxLength,
      List<String> options) {}

  public static FormDefinition of(RequestType type) {
    return of(type, List.of());
  }

  /** The type's form, where a request may name one of these programmes (by code). */
  public static FormDefinition of(RequestType type, List<String> programmes) {
    return new FormDefinition(
        type.code(),
        type.allowsAnonymous(),
        type.fields().stream().map(FormDefinition::field).toList(),
        List.copyOf(programmes));
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
