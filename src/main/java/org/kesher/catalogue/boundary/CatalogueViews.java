package org.kesher.catalogue.boundary;

import java.util.List;
import org.kesher.catalogue.entity.FieldOption;
import org.kesher.catalogue.entity.Locality;
import org.kesher.catalogue.entity.Programme;
import org.kesher.catalogue.entity.RequestField;
import org.kesher.catalogue.entity.RequestType;
import org.kesher.catalogue.entity.Unit;
import org.kesher.ground.control.Language;

/** What the API shows of the catalogue, in one language: records, never entities. */
public final class CatalogueViews {

  private CatalogueViews() {}

  public record RequestTypeView(
      String code,
      String name,
      String description,
      String confidentiality,
      boolean anonymousAllowed,
      int resolutionHours,
      List<FieldView> fields) {}

  public record FieldView(
      String code,
      String datatype,
      boolean required,
      Integer maxLength,
      String label,
      String hint,
      List<OptionView> options) {}

  public record OptionView(String code, String label) {}

  public record UnitView(
      String code,
      String kind,
      boolean intakeDesk,
      String name,
      String services,
      String locality,
      String address,
      String contactPerson,
      String phones,
      String email) {}

  public record LocalityView(String code, String kind, String name, String parent) {}

  /**
   * A programme of a unit: its unit's code, the request type a resident asking about it opens (null
   * for none), and its place (null where the seeds give none).
   */
  public record ProgrammeView(
      String code,
      String unit,
      String requestType,
      String name,
      String description,
      String place,
      String phones) {}

  public static ProgrammeView of(Programme programme, Language lang) {
    return new ProgrammeView(
        programme.code(),
        programme.unit().code(),
        programme.requestType().map(RequestType::code).orElse(null),
        programme.name().in(lang),
        programme.description().in(lang),
        programme.place().map(p -> p.in(lang)).orElse(null),
        programme.phones().orElse(null));
  }

  public static RequestTypeView of(RequestType type, Language lang) {
    return new RequestTypeView(
        type.code(),
        type.name().in(lang),
        type.description().in(lang),
        type.confidentiality().name(),
        type.allowsAnonymous(),
        type.resolutionHours(),
        type.fields().stream().map(f -> of(f, lang)).toList());
  }

  public static FieldView of(RequestField field, Language lang) {
    return new FieldView(
        field.code(),
        field.datatype().name(),
        field.isRequired(),
        field.maxLength().isPresent() ? field.maxLength().getAsInt() : null,
        field.label().in(lang),
        field.hint().map(h -> h.in(lang)).orElse(null),
        field.options().stream().map(o -> of(o, lang)).toList());
  }

  public static OptionView of(FieldOption option, Language lang) {
    return new OptionView(option.code(), option.label().in(lang));
  }

  public static UnitView of(Unit unit, Language lang) {
    return new UnitView(
        unit.code(),
        unit.kind().name(),
        unit.isIntakeDesk(),
        unit.name().in(lang),
        unit.services().in(lang),
        unit.locality().map(Locality::code).orElse(null),
        unit.address().map(a -> a.in(lang)).orElse(null),
        unit.contactPerson().map(c -> c.in(lang)).orElse(null),
        unit.phones().orElse(null),
        unit.email().orElse(null));
  }

  public static LocalityView of(Locality locality, Language lang) {
    return new LocalityView(
        locality.code(),
        locality.kind().name(),
        locality.name().in(lang),
        locality.parent().map(Locality::code).orElse(null));
  }
}
