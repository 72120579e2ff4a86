package org.kesher.catalogue.control;

import org.kesher.catalogue.entity.FieldOption;

/** One allowed value of a choice field. */
public record OptionDraft(String code, Texts label) implements java.io.Serializable {

  public static OptionDraft of(FieldOption option) {
    return new OptionDraft(option.code(), Texts.of(option.label()));
  }
}
