package org.kesher.catalogue.entity;

/** The kinds of value a request type's own form field takes. */
public enum FieldDatatype {
  TEXT,
  TEXTAREA,
  CHOICE,
  MULTI_CHOICE,
  NUMBER,
  DATE,
  BOOLEAN;

  public boolean hasOptions() {
    return this == CHOICE || this == MULTI_CHOICE;
  }
}
