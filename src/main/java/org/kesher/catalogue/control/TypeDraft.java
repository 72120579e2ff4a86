package org.kesher.catalogue.control;

import java.util.List;
import org.kesher.catalogue.entity.Confidentiality;
import org.kesher.catalogue.entity.RequestType;

/** A request type as an administrator means to save it (id null for a new one). */
public record TypeDraft(
    Long id,
    String code,
    Texts name,
    Texts description,
    Confidentiality confidentiality,
    boolean anonymousAllowed,
    int firstResponseHours,
    int resolutionHours,
    List<FieldDraft> fields,
    boolean active)
    implements java.io.Serializable {

  public static TypeDraft of(RequestType type) {
    return new TypeDraft(
        type.id(),
        type.code(),
        Texts.of(type.name()),
        Texts.of(type.description()),
        type.confidentiality(),
        type.allowsAnonymous(),
        (int) type.firstResponseTarget().toHours(),
        type.resolutionHours(),
        type.fields().stream().map(FieldDraft::of).toList(),
        type.isActive());
  }

  public boolean isSealed() {
    return confidentiality == Confidentiality.SEALED;
  }
}
