package org.kesher.buildings.entity;

/** The letters to a defaulting owner, one after the other, each from a template per language. */
public enum OwnerLetterKind {
  FIRST_NOTICE,
  SECOND_NOTICE,
  FINAL_NOTICE
}
